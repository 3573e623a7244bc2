using Mibc.Tests.Support;

namespace Mibc.Tests.Dns;

/// <summary>
/// The bad DNS inputs in Baselines/dns-*.mib, whose messages the baseline tests pin, fail <c>mibc build</c> too,
/// with a MIB31xx error, and write neither a bundle nor a key.
/// </summary>
public sealed class DnsBadInputTests
{
    public static TheoryData<string> Cases() => [.. CaseNames()];

    // Inputs whose baseline shows only warnings, such as dns-policy-findings.mib, build fine and are left out.
    private static IEnumerable<string> CaseNames() =>
        Directory.EnumerateFiles(RepositoryPaths.Baselines, "dns-*.mib")
            .Where(path => File.ReadAllText(Path.ChangeExtension(path, ".diagnostics.txt")).Contains(": error MIB31", StringComparison.Ordinal))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadInput_FailsBuildAndWritesNothing(string name)
    {
        using var box = DnsTestBox.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Baselines, name)));

        var result = box.Build();

        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.IsError && diagnostic.Code.StartsWith("MIB31", StringComparison.Ordinal));
        Assert.False(Directory.Exists(box.BundlePath), "a failed build wrote a bundle");
        Assert.False(Directory.Exists(box.KeysPath), "a failed build wrote the key store");
    }

    [Fact]
    public void Cases_CoverRequiredBadInputs()
    {
        var names = CaseNames().ToList();

        string[] required = ["dns-mx-without-priority.mib", "dns-mx-to-address.mib", "dns-cname-beside-mx.mib", "dns-txt-bare-quote.mib", "dns-srv-port-too-large.mib", "dns-name-outside-zone.mib", "dns-idn-rejected.mib"];
        Assert.All(required, file => Assert.Contains(file, names));
    }
}
