using Mibc.Language.Diagnostics;

namespace Mibc.Tests.Dns;

/// <summary>
/// Each file in Dns/BadInput is a box.mib with DNS mistakes; its .expected file holds the diagnostics mibc must
/// print for it, one per line. None of them may write a bundle or a key.
/// </summary>
/// <remarks>Set MIBC_UPDATE_BASELINES=1 to rewrite the .expected files from the current output, then review the diff.</remarks>
public sealed class BadInputBaselineTests
{
    private static readonly string BaselineDirectory = Path.Combine(DnsTestBox.RepositoryRoot, "tests", "Mibc.Tests", "Dns", "BadInput");

    public static TheoryData<string> Cases() =>
        new(Directory.EnumerateFiles(BaselineDirectory, "*.mib").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadInput_MatchesBaselineAndWritesNothing(string name)
    {
        using var box = DnsTestBox.FromText(File.ReadAllText(Path.Combine(BaselineDirectory, name + ".mib")));

        var result = box.Build();

        var actual = string.Join('\n', result.Diagnostics.Select(diagnostic =>
            DiagnosticFormatter.FormatLine(diagnostic).Replace(box.BoxPath, "box.mib", StringComparison.Ordinal))) + "\n";
        var expectedPath = Path.Combine(BaselineDirectory, name + ".expected");
        if (Environment.GetEnvironmentVariable("MIBC_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(result.HasErrors);
        Assert.Equal(File.ReadAllText(expectedPath), actual);
        Assert.False(Directory.Exists(box.BundlePath), "a failed build wrote a bundle");
        Assert.False(Directory.Exists(box.KeysPath), "a failed build wrote the key store");
    }
}
