using Mibc.Targets.Dns;

namespace Mibc.Tests.Dns;

/// <summary>The shipped signing script signs every zone so that ldns-verify-zone accepts it, with the keys and DS records mibc made.</summary>
public sealed class DnssecTests
{
    [Fact]
    public void SignScript_ProducesZonesLdnsVerifyZoneAccepts()
    {
        using var box = DnsTestBox.FromSample("samples/dns.mib");
        var model = box.BuildClean().Check.Model!;
        var files = Path.Combine(box.BundlePath, "files");

        var sign = DnsTestBox.Run("bash", [box.BundleFile(NsdEmitter.SignScriptPath), "--root", files, "--no-reload"]);

        Assert.True(sign.ExitCode == 0, sign.Output + sign.Error);
        foreach (var domain in model.Domains)
        {
            var signed = box.BundleFile(ZoneFileWriter.HostPathOf(domain.Name.Value.Ascii)) + ".signed";
            var verify = DnsTestBox.Run("ldns-verify-zone", [signed]);
            Assert.True(verify.ExitCode == 0, $"ldns-verify-zone {domain.Name.Value.Ascii}: {verify.Output}{verify.Error}");
            var check = DnsTestBox.Run("nsd-checkzone", [domain.Name.Value.Ascii, signed]);
            Assert.True(check.ExitCode == 0, check.Output + check.Error);
        }
    }

    [Fact]
    public void SignScript_PassesShellcheck()
    {
        using var box = DnsTestBox.FromSample("samples/dns.mib");
        box.BuildClean();

        var result = DnsTestBox.Run("shellcheck", [box.BundleFile(NsdEmitter.SignScriptPath)]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
    }

    [Fact]
    public void DsRecords_MatchLdnsKey2ds()
    {
        using var box = DnsTestBox.FromSample("samples/dns.mib");
        var result = box.BuildClean();
        var printed = result.Diagnostics.Where(diagnostic => diagnostic.Code == "MIB3130").Select(diagnostic => diagnostic.Message).ToList();

        // lists.example.com gets its DS record in example.com, so only the two top zones need the registrar.
        Assert.Equal(2, printed.Count);
        foreach (var keyFile in Directory.GetFiles(box.BundleFile("/etc/nsd/dnssec"), "*.key"))
        {
            var ds = DnsTestBox.Run("ldns-key2ds", ["-n", "-2", keyFile]);
            Assert.True(ds.ExitCode == 0, ds.Error);
            var fields = ds.Output.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var expected = $"{fields[0]} IN DS {fields[4]} {fields[5]} {fields[6]} {fields[7].Trim()}";
            if (fields[0] == "lists.example.com.")
            {
                var parentZone = File.ReadAllText(box.BundleFile(ZoneFileWriter.HostPathOf("example.com")));
                Assert.Contains($"IN DS     {fields[4]} {fields[5]} {fields[6]} {fields[7].Trim()}", parentZone, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains(printed, message => message.EndsWith(expected, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void ZoneAlgorithm_FollowsDomainSetting()
    {
        using var box = DnsTestBox.FromSample("samples/dns.mib");
        box.BuildClean();

        var keys = Directory.GetFiles(box.BundleFile("/etc/nsd/dnssec"), "*.key").Select(Path.GetFileName).Order().ToList();

        Assert.Equal(3, keys.Count);
        Assert.Single(keys, name => name!.StartsWith("Kexample.com.+013+", StringComparison.Ordinal));
        Assert.Single(keys, name => name!.StartsWith("Klists.example.com.+013+", StringComparison.Ordinal));
        Assert.Single(keys, name => name!.StartsWith("Kxn--bcher-kva.example.+008+", StringComparison.Ordinal));
    }

    [Fact]
    public void SignedBuild_ServesSignedZonesWithHook()
    {
        using var box = DnsTestBox.FromSample("samples/dns.mib");
        box.BuildClean();

        var configuration = File.ReadAllText(box.BundleFile("/etc/nsd/nsd.conf"));
        var manifest = Targets.Bundles.BundleWriter.ReadManifest(box.BundlePath);
        var zoneEntry = manifest.Files.Single(entry => entry.Target == ZoneFileWriter.HostPathOf("example.com"));
        var privateKey = manifest.Files.First(entry => entry.Target.EndsWith(".private", StringComparison.Ordinal) && entry.Target.StartsWith("/etc/nsd/", StringComparison.Ordinal));
        var script = manifest.Files.Single(entry => entry.Target == NsdEmitter.SignScriptPath);

        Assert.Contains("zonefile: \"zones/example.com.zone.signed\"", configuration, StringComparison.Ordinal);
        Assert.Equal(NsdEmitter.SignHook.ToString(), Assert.Single(zoneEntry.Hooks).ToString());
        Assert.True(NsdEmitter.SignHook.Equals(zoneEntry.Hooks[0]));
        Assert.Equal(("0600", true), (privateKey.Mode, privateKey.Secret));
        Assert.Equal("0755", script.Mode);
        Assert.Contains("ldnsutils", script.Packages);
    }
}
