using Mibc.Tests.Support;

namespace Mibc.Tests.Deploy;

/// <summary>mibc apply with several boxes: bounded parallelism, one result per box, and a failure that stops no other box.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SeveralBoxesTests
{
    private const int Port = 22104;

    // Nothing listens here, so connecting fails at once.
    private const int ClosedPort = 22198;

    [Fact]
    public void Apply_FailingBoxes_DoNotStopOthers()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var unreachable = FixtureBundles.Write(temp.Combine("unreachable"), FixtureConfigs.Valid(), FixtureBundles.Model(FixtureBundles.RenamedSample("mail2.example.org")));
        var boxes = Directory.CreateDirectory(temp.Combine("boxes")).FullName;
        var broken = Path.Combine(boxes, "broken.mib");
        File.WriteAllText(broken, FixtureBundles.RenamedSample("mail3.example.org").Replace("quota    = 2GB", "quota    = lots", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(boxes, "good.mib"), FixtureBundles.SampleText);
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;

        var result = ProcessRunner.Mibc(
            "apply", boxes, "--bundle", unreachable,
            "--host", $"mail.example.org=root@127.0.0.1:{Port}",
            "--host", $"mail2.example.org=root@127.0.0.1:{ClosedPort}",
            "--identity", server.ClientKeyPath, "--known-hosts", server.KnownHostsPath,
            "--root", root, "--parallel", "2");

        Assert.Equal(1, result.ExitCode);
        OutputAssert.Contains("[mail.example.org] Succeeded: applied.", result.Output);
        OutputAssert.Contains($"[mail2.example.org] Failed: connection to root@127.0.0.1:{ClosedPort} failed", result.Output);
        OutputAssert.Contains("error MIB1004", result.Output);
        OutputAssert.Contains("  mail.example.org: ok: applied", result.Output);
        OutputAssert.Contains($"  mail2.example.org: FAILED: connection to root@127.0.0.1:{ClosedPort} failed", result.Output);
        OutputAssert.Contains($"  {broken}: FAILED: build failed: 1 error", result.Output);
        OutputAssert.Contains("Apply failed: 2 of 3 boxes failed.", result.Output);
        Assert.True(File.Exists(Path.Combine(root, "etc/nsd/nsd.conf")));
        Assert.True(File.Exists(Path.Combine(root, "etc/mibc/tls/cert.pem")));
    }

    [Fact]
    public void Apply_IncompleteBundle_IsRejectedBeforeConnecting()
    {
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), FixtureConfigs.Valid());
        File.Delete(Path.Combine(bundle, "files/etc/postfix/main.cf"));

        var result = ProcessRunner.Mibc("apply", "--bundle", bundle, "--host", $"root@127.0.0.1:{ClosedPort}");

        Assert.Equal(2, result.ExitCode);
        OutputAssert.Contains($"bundle '{bundle}' lacks files/etc/postfix/main.cf: build it again with mibc build", result.Error);
    }

    [Fact]
    public void Apply_HostWithoutBoxName_IsUsageError()
    {
        using var temp = new TempDirectory();
        var first = FixtureBundles.Write(temp.Combine("first"), []);
        var second = FixtureBundles.Write(temp.Combine("second"), [], FixtureBundles.Model(FixtureBundles.RenamedSample("mail2.example.org")));

        var result = ProcessRunner.Mibc("apply", "--bundle", first, "--bundle", second, "--host", "root@127.0.0.1:22199");

        Assert.Equal(2, result.ExitCode);
        OutputAssert.Contains("--host 'root@127.0.0.1:22199' names no box, but several boxes or hosts were given: write BOX=user@host[:port]", result.Error);
    }
}
