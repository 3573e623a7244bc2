using System.Collections.Immutable;
using Mibc.Language.Text;

namespace Mibc.Compiler.Policies;

/// <summary>A directory of policy rules, compiled together with the other packs of a check.</summary>
/// <param name="Name">The name messages use: the directory as written, or <c>baseline</c> for the built-in pack.</param>
/// <param name="IsBuiltIn">Whether the pack ships with mibc and may use the <c>MIB</c> id prefix.</param>
/// <param name="Files">The C# files, ordered by relative path.</param>
public sealed record PolicyPack(string Name, bool IsBuiltIn, ImmutableArray<PolicyFile> Files)
{
    /// <summary>The name of the pack that ships with mibc.</summary>
    public const string BaselineName = "baseline";

    /// <summary>Where diagnostics say the built-in pack's files are.</summary>
    public const string BaselineDisplayDirectory = "<mibc>/policies/baseline";

    private const string ResourcePrefix = "policies/baseline/";

    /// <summary>Loads the baseline pack from the C# sources embedded in mibc.</summary>
    public static PolicyPack LoadBaseline()
    {
        var assembly = typeof(PolicyPack).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                var relative = name[ResourcePrefix.Length..];
                return new PolicyFile(relative, new SourceText($"{BaselineDisplayDirectory}/{relative}", reader.ReadToEnd()));
            });
        return new PolicyPack(BaselineName, IsBuiltIn: true, [.. files]);
    }

    /// <summary>Loads every <c>.cs</c> file under a directory, subdirectories included.</summary>
    /// <param name="name">The name messages use for the pack.</param>
    /// <param name="directory">The directory to read.</param>
    /// <param name="displayDirectory">The directory as diagnostics should show it.</param>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file cannot be read.</exception>
    public static PolicyPack LoadDirectory(string name, string directory, string displayDirectory)
    {
        var files = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(directory, path).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(relative => new PolicyFile(
                relative,
                new SourceText(Path.Combine(displayDirectory, relative), File.ReadAllText(Path.Combine(directory, relative)))));
        return new PolicyPack(name, IsBuiltIn: false, [.. files]);
    }
}
