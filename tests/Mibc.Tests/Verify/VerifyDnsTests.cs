using Mibc.Compiler.Verify;
using Mibc.Tests.Dns;

namespace Mibc.Tests.Verify;

/// <summary>mibc verify's DNS checks against a real NSD serving a built bundle.</summary>
public sealed class VerifyDnsTests
{
    private const int Port = 24053;

    [Fact]
    public async Task BuiltZones_PassDnsChecks()
    {
        using var box = DnsTestBox.FromSample("samples/box.mib");
        var model = box.BuildClean().Check.Model!;
        using var nsd = NsdServer.Start(box.BundlePath, Port, "example.org");

        var results = await RunDnsChecksAsync(model);

        Assert.Equal(model.Domains.Length, results.Count);
        Assert.All(results, result => Assert.Equal(VerifyStatus.Pass, result.Status));
    }

    [Fact]
    public async Task ChangedRecord_FailsWithOwnerAndType()
    {
        using var box = DnsTestBox.FromSample("samples/box.mib");
        var model = box.BuildClean().Check.Model!;
        var zone = box.BundleFile("/etc/nsd/zones/example.org.zone");
        File.WriteAllText(zone, File.ReadAllText(zone).Replace("p=quarantine", "p=none", StringComparison.Ordinal));
        using var nsd = NsdServer.Start(box.BundlePath, Port + 1, "example.org");

        var results = await RunDnsChecksAsync(model, Port + 1);

        var failed = Assert.Single(results, result => result.Status == VerifyStatus.Fail);
        Assert.Equal("dns.example.org", failed.Id);
        Assert.Contains("_dmarc.example.org TXT", failed.Detail, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<VerifyResult>> RunDnsChecksAsync(Mibc.Language.Model.BoxModel model, int port = Port)
    {
        var checks = VerifyPlanner.Plan(model, "127.0.0.1", VerifyPlanner.PortsFor(model, [$"dns={port}"]))
            .Where(check => check.Id.StartsWith("dns.", StringComparison.Ordinal))
            .ToList();
        return await VerifyRunner.RunAsync(checks, TimeSpan.FromSeconds(10));
    }
}
