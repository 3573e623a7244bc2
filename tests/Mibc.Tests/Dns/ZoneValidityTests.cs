using Mibc.Tests.Support;
using Mibc.Targets.Dns;

namespace Mibc.Tests.Dns;

/// <summary>Every zone and nsd.conf built from the samples passes NSD's own checks.</summary>
public sealed class ZoneValidityTests
{
    public static TheoryData<string> Samples() => new(SamplePaths());

    private static List<string> SamplePaths()
    {
        var root = Path.Combine(RepositoryPaths.Root, "samples");
        return [.. Directory.EnumerateFiles(root, "*.mib", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))];
    }

    [Fact]
    public void Samples_IncludeTheDnsSamples()
    {
        var samples = SamplePaths();

        Assert.Contains(Path.Combine("samples", "box.mib"), samples);
        Assert.Contains(Path.Combine("samples", "dns.mib"), samples);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SampleZones_PassNsdCheckzone(string sample)
    {
        using var box = DnsTestBox.FromSample(sample);
        var result = box.Build();
        if (result.HasErrors)
        {
            // A sample built to fail, such as one with hostile values, has no zones to check.
            Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Code.StartsWith("MIB31", StringComparison.Ordinal) && diagnostic.IsError);
            return;
        }

        var model = result.Check.Model!;
        Assert.NotEmpty(model.Domains);
        foreach (var domain in model.Domains)
        {
            var zone = domain.Name.Value.Ascii;
            var check = DnsTestBox.Run("nsd-checkzone", [zone, box.BundleFile(ZoneFileWriter.HostPathOf(zone))]);
            Assert.True(check.ExitCode == 0, $"nsd-checkzone {zone}: {check.Output}{check.Error}");
        }

        var configuration = DnsTestBox.Run("nsd-checkconf", [box.BundleFile("/etc/nsd/nsd.conf")]);
        Assert.True(configuration.ExitCode == 0, $"nsd-checkconf: {configuration.Output}{configuration.Error}");
    }
}
