using System.Collections.Immutable;
using Mibc.Language.Text;

namespace Mibc.Compiler.Deploy;

/// <summary>An OpenSSH known_hosts file: plain and hashed host names, wildcards, negation and markers.</summary>
/// <param name="Source">The file's text, for printing the line a diagnostic points at.</param>
/// <param name="Entries">The key lines, in file order; comments, blank and unreadable lines are skipped as OpenSSH does.</param>
public sealed record KnownHostsFile(SourceText Source, ImmutableArray<KnownHostsEntry> Entries)
{
    /// <summary>The file OpenSSH reads by default: <c>~/.ssh/known_hosts</c>.</summary>
    public static string DefaultPath => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".ssh", "known_hosts");

    /// <summary>Reads a known_hosts file; a missing file reads as empty, as for OpenSSH.</summary>
    /// <exception cref="IOException">The file exists but cannot be read.</exception>
    public static KnownHostsFile Load(string path) =>
        Parse(new SourceText(path, File.Exists(path) ? File.ReadAllText(path) : string.Empty));

    /// <summary>Parses known_hosts text.</summary>
    public static KnownHostsFile Parse(SourceText source)
    {
        var entries = ImmutableArray.CreateBuilder<KnownHostsEntry>();
        var offset = 0;
        for (var line = 1; line <= source.LineCount; line++)
        {
            var text = source.GetLineText(line);
            var location = source.GetSpan(new TextSpan(offset, text.Length));
            offset += text.Length + 1;
            if (TryParseLine(text, location) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return new KnownHostsFile(source, entries.ToImmutable());
    }

    /// <summary>Returns the lines that apply to a host, in file order.</summary>
    public IEnumerable<KnownHostsEntry> For(string knownHostsName) =>
        Entries.Where(entry => entry.Matches(knownHostsName));

    private static KnownHostsEntry? TryParseLine(string text, SourceSpan location)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('#'))
        {
            return null;
        }

        string? marker = null;
        if (trimmed.StartsWith('@'))
        {
            var space = trimmed.IndexOfAny([' ', '\t']);
            if (space < 0)
            {
                return null;
            }

            marker = trimmed[..space];
            trimmed = trimmed[space..].TrimStart();
        }

        var fields = trimmed.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2)
        {
            return null;
        }

        try
        {
            return new KnownHostsEntry(location, marker, fields[0], SshPublicKey.ParseLine(fields[1]));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
