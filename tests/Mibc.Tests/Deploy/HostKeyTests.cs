using Mibc.Tests.Support;

namespace Mibc.Tests.Deploy;

/// <summary>Host key checks against a real sshd: a wrong key is rejected with its fingerprint and nothing is touched.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class HostKeyTests
{
    private const int Port = 22102;

    [Fact]
    public void Apply_WrongPinnedHostKey_IsRejected()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), FixtureConfigs.Valid());
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        var other = OtherKey(temp);

        var result = ProcessRunner.Mibc("apply", "--bundle", bundle, "--host", server.Host, "--identity", server.ClientKeyPath, "--host-key", other.Fingerprint, "--root", root);

        Assert.Equal(1, result.ExitCode);
        OutputAssert.Contains($"the host sent ssh-ed25519 {server.Fingerprint}, but --host-key pins {other.Fingerprint}", result.Output);
        OutputAssert.Contains("Failed: host key rejected; nothing was sent.", result.Output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
        Assert.DoesNotContain("Accepted publickey", server.Log);
    }

    [Fact]
    public void Apply_RightPinnedHostKey_IsAccepted()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), []);
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;

        var result = ProcessRunner.Mibc("apply", "--bundle", bundle, "--host", server.Host, "--identity", server.ClientKeyPath, "--host-key", server.Fingerprint, "--root", root);

        Assert.True(result.ExitCode == 0, result.All);
        OutputAssert.Contains("the host key matched --host-key", result.Output);
        OutputAssert.Contains("Accepted publickey for root", server.Log);
    }

    [Fact]
    public void Plan_ChangedKnownHostsKey_PointsAtLine()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), []);
        var other = OtherKey(temp);
        var knownHosts = temp.Combine("known_hosts");
        File.WriteAllText(knownHosts, $"# first line\nexample.org {other.PublicKey}\n[127.0.0.1]:{Port} {other.PublicKey}\n");

        var result = ProcessRunner.Mibc("plan", "--bundle", bundle, "--host", server.Host, "--identity", server.ClientKeyPath, "--known-hosts", knownHosts);

        Assert.Equal(1, result.ExitCode);
        OutputAssert.Contains($"{knownHosts}(3,1): error MIB4001: the host key of [127.0.0.1]:{Port} has changed: the host sent ssh-ed25519 {server.Fingerprint}, but this line records ssh-ed25519 {other.Fingerprint}", result.Error);
        OutputAssert.Contains("the host key was rejected, so nothing was sent to the host", result.Error);
        Assert.DoesNotContain("Accepted publickey", server.Log);
    }

    [Fact]
    public void Plan_UnknownHost_ShowsFingerprint()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), []);
        var knownHosts = temp.Combine("known_hosts");
        File.WriteAllText(knownHosts, string.Empty);

        var result = ProcessRunner.Mibc("plan", "--bundle", bundle, "--host", server.Host, "--identity", server.ClientKeyPath, "--known-hosts", knownHosts);

        Assert.Equal(1, result.ExitCode);
        OutputAssert.Contains($"[127.0.0.1]:{Port} is not in {knownHosts} with a ssh-ed25519 key; the host sent ssh-ed25519 {server.Fingerprint}", result.Error);
        OutputAssert.Contains($"--host-key {server.Fingerprint}", result.Error);
    }

    [Fact]
    public void Plan_HashedKnownHostsEntry_IsAccepted()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), []);
        var knownHosts = temp.Combine("known_hosts");
        File.Copy(server.KnownHostsPath, knownHosts);
        var hashed = ProcessRunner.Run("ssh-keygen", ["-H", "-f", knownHosts]);
        Assert.True(hashed.ExitCode == 0, hashed.All);
        Assert.StartsWith("|1|", File.ReadAllText(knownHosts));

        var result = ProcessRunner.Mibc("plan", "--bundle", bundle, "--host", server.Host, "--identity", server.ClientKeyPath, "--known-hosts", knownHosts);

        Assert.True(result.ExitCode == 0, result.All);
        OutputAssert.Contains("Plan for mail.example.org on", result.Output);
    }

    [Fact]
    public void Apply_UndeclaredHostKey_PointsAtBoxFile()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var other = OtherKey(temp);
        var box = temp.Combine("box.mib");
        File.WriteAllText(box, FixtureBundles.SampleText.Replace(
            "ssh { password_login = false }",
            $"ssh {{\n    password_login = false\n    host_keys = [\"{other.PublicKey}\"]\n  }}",
            StringComparison.Ordinal));
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;

        var result = ProcessRunner.Mibc("apply", box, "--host", server.Host, "--identity", server.ClientKeyPath, "--root", root);

        Assert.Equal(1, result.ExitCode);
        var line = File.ReadAllLines(box).ToList().FindIndex(text => text.Contains("host_keys", StringComparison.Ordinal)) + 1;
        OutputAssert.Contains($"{box}({line},18): error MIB4003: root@127.0.0.1:{Port} sent the host key ssh-ed25519 {server.Fingerprint}, which is not in ssh.host_keys", result.Output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
    }

    [Fact]
    public void Apply_DeclaredHostKey_IsAccepted()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var box = temp.Combine("box.mib");
        File.WriteAllText(box, FixtureBundles.SampleText.Replace(
            "ssh { password_login = false }",
            $"ssh {{ password_login = false  host_keys = [\"{server.HostPublicKey}\"] }}",
            StringComparison.Ordinal));
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;

        var result = ProcessRunner.Mibc("apply", box, "--host", server.Host, "--identity", server.ClientKeyPath, "--root", root);

        Assert.True(result.ExitCode == 0, result.All);
        OutputAssert.Contains("the host key matched ssh.host_keys in box.mib", result.Output);
    }

    private static (string PublicKey, string Fingerprint) OtherKey(TempDirectory temp)
    {
        var path = temp.Combine("other_host_key");
        ProcessRunner.Run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "other", "-f", path]);
        var fingerprint = ProcessRunner.Run("ssh-keygen", ["-lf", path + ".pub"]).Output.Split(' ')[1];
        return (File.ReadAllText(path + ".pub").Trim(), fingerprint);
    }
}
