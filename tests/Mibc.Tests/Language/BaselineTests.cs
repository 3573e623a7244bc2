using Mibc.Tests.Support;

namespace Mibc.Tests.Language;

/// <summary>
/// Checks every sample and every bad input against its expected diagnostics, kept beside it as
/// <c>NAME.diagnostics.txt</c>, so a changed message shows in review. Set MIBC_UPDATE_BASELINES=1 to rewrite them.
/// </summary>
public sealed class BaselineTests
{
    /// <summary>Every .mib file under samples/ and tests/Mibc.Tests/Baselines/, relative to the repository.</summary>
    public static TheoryData<string> Inputs()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Samples, "*.mib", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Baselines, "*.mib", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        return [.. files];
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Diagnostics_MatchBaseline(string relativePath)
    {
        var actual = Render(relativePath);
        var expectedPath = ExpectedPath(relativePath);

        if (RepositoryPaths.UpdateBaselines)
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run the tests with MIBC_UPDATE_BASELINES=1 to create it, then review it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    /// <summary>Renders the diagnostics of one input as the tool prints them, with paths relative to the repository.</summary>
    public static string Render(string relativePath)
    {
        var fullPath = Path.Combine(RepositoryPaths.Root, relativePath);
        var result = Compilers.Create().Check(fullPath);
        var text = Compilers.Render(result).Replace(RepositoryPaths.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
        return text.Length == 0 ? "(no diagnostics)\n" : text + "\n";
    }

    /// <summary>Returns the expected-output path for an input.</summary>
    public static string ExpectedPath(string relativePath) =>
        Path.Combine(RepositoryPaths.Root, Path.ChangeExtension(relativePath, ".diagnostics.txt"));
}
