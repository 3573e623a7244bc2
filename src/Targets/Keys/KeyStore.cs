using System.Text;

namespace Mibc.Targets.Keys;

/// <summary>
/// The directory of secrets and build state next to box.mib: DKIM and DNSSEC keys and the zones' SOA serials.
/// </summary>
/// <remarks>
/// The directory is 0700, every file mibc writes is 0600, and a generated <c>.gitignore</c> keeps the whole
/// directory out of version control. Files are written to a temporary name and renamed, so a reader sees
/// either the old or the new content.
/// NOTE: two builds of the same box.mib at the same moment may both create a missing key; the later rename wins
/// and the earlier build's bundle then holds a key the store no longer has. Builds of one box run one at a time.
/// </remarks>
public sealed class KeyStore
{
    /// <summary>The key store's directory name beside box.mib.</summary>
    public const string DirectoryName = "keys";

    /// <summary>The content of the generated <c>.gitignore</c>: everything in the directory, itself included.</summary>
    public const string GitIgnoreContent = "# Written by mibc: this directory contains private keys. Back it up, never commit it.\n*\n";

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Opens the key store of a box.mib file's directory. Nothing is created until a file is written.</summary>
    /// <param name="sourceDirectory">The directory that holds box.mib.</param>
    /// <param name="allowWrites">Whether missing keys and serials may be created; false for checks.</param>
    public KeyStore(string sourceDirectory, bool allowWrites)
    {
        Root = Path.Combine(sourceDirectory, DirectoryName);
        AllowWrites = allowWrites;
    }

    /// <summary>The key store's directory.</summary>
    public string Root { get; }

    /// <summary>Whether missing keys and serials may be created.</summary>
    public bool AllowWrites { get; }

    /// <summary>Returns the full path of a file in the store.</summary>
    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Whether a file exists in the store.</summary>
    public bool Exists(string relativePath) => File.Exists(PathOf(relativePath));

    /// <summary>Reads a file of the store as UTF-8 text.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath), Utf8);

    /// <summary>Lists the files of a store directory, ordered by name; empty when it does not exist.</summary>
    public IEnumerable<string> List(string relativeDirectory, string pattern)
    {
        var directory = PathOf(relativeDirectory);
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, pattern).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : [];
    }

    /// <summary>Writes a file with mode 0600, creating the store and its <c>.gitignore</c> first.</summary>
    /// <exception cref="InvalidOperationException">The store was opened without <c>allowWrites</c>.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void WriteText(string relativePath, string content)
    {
        if (!AllowWrites)
        {
            throw new InvalidOperationException($"The key store '{Root}' was opened read-only, so '{relativePath}' cannot be written.");
        }

        EnsureRoot();
        var path = PathOf(relativePath);
        var directory = Path.GetDirectoryName(path)!;
        CreatePrivateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.tmp-{Guid.NewGuid():N}");
        try
        {
            WritePrivateFile(temporary, Utf8.GetBytes(content));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private void EnsureRoot()
    {
        CreatePrivateDirectory(Root);
        var gitIgnore = PathOf(".gitignore");
        if (!File.Exists(gitIgnore))
        {
            WritePrivateFile(gitIgnore, Utf8.GetBytes(GitIgnoreContent));
        }
    }

    private void CreatePrivateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        // Every level below the store root is private too, so keys never sit in a readable directory.
        var relative = Path.GetRelativePath(Path.GetDirectoryName(Root)!, directory);
        var current = Path.GetDirectoryName(Root)!;
        foreach (var part in relative.Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            if (!Directory.Exists(current))
            {
                Directory.CreateDirectory(current, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    private static void WritePrivateFile(string path, byte[] content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }
}
