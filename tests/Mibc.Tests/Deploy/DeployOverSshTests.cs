using System.Text.RegularExpressions;
using Mibc.Targets.Emit;
using Mibc.Tests.Support;

namespace Mibc.Tests.Deploy;

/// <summary>mibc plan and mibc apply against a real sshd on 127.0.0.1, placing files under --root.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed partial class DeployOverSshTests
{
    private const int Port = 22101;

    [Fact]
    public void Apply_BundleUnderRoot_ThenNothingChanges()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), FixtureConfigs.Valid());
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;

        var first = ProcessRunner.Mibc(ApplyArguments(server, root, "--bundle", bundle));

        Assert.True(first.ExitCode == 0, first.All);
        OutputAssert.Contains($"Connected to {server.Host}; the host key matched {server.KnownHostsPath}.", first.Output);
        OutputAssert.Contains("Checked nginx.", first.Output);
        OutputAssert.Contains("Apply succeeded: 1 box.", first.Output);
        foreach (var file in FixtureConfigs.Valid())
        {
            Assert.Equal(file.Content, File.ReadAllBytes(root + file.TargetPath));
        }

        var uploaded = UploadDirectory().Match(first.Output);
        Assert.True(uploaded.Success, first.Output);
        Assert.False(Directory.Exists(uploaded.Groups[1].Value), $"{uploaded.Groups[1].Value} was left on the host");

        var second = ProcessRunner.Mibc(ApplyArguments(server, root, "--bundle", bundle));

        Assert.True(second.ExitCode == 0, second.All);
        OutputAssert.Contains("No changes: mail.example.org is up to date.", second.Output);
        OutputAssert.DoesNotContain("Skipping service control", second.Output);
        OutputAssert.DoesNotContain("Checked", second.Output);
    }

    [Fact]
    public void Plan_DiffMatchesFilesChangedByApply()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        var first = FixtureBundles.Write(temp.Combine("first"), FixtureConfigs.Valid());
        Assert.Equal(0, ProcessRunner.Mibc(ApplyArguments(server, root, "--bundle", first)).ExitCode);

        var secondFiles = FixtureConfigs.Valid().Select(file => file.TargetPath switch
        {
            "/etc/postfix/main.cf" => BundleFile.FromText(file.TargetPath, FixtureConfigs.MainCf.Replace("$myhostname ESMTP", "$myhostname ESMTP mibc", StringComparison.Ordinal), "postfix"),
            "/etc/dovecot/users" => file with { Content = "bob@example.org:{SHA512-CRYPT}$6$new-secret-hash::::::\n"u8.ToArray() },
            "/etc/nginx/nginx.conf" => file with { Mode = "0640" },
            _ => file,
        }).Append(BundleFile.FromText("/etc/mibc/extra.conf", "added in the second bundle\n")).ToList();
        var second = FixtureBundles.Write(temp.Combine("second"), secondFiles);
        var beforePlan = TreeSnapshot.Take(root);

        var plan = ProcessRunner.Mibc(PlanArguments(server, root, "--bundle", second));

        Assert.True(plan.ExitCode == 0, plan.All);
        Assert.Equal(beforePlan, TreeSnapshot.Take(root));
        OutputAssert.Contains("--- a/etc/postfix/main.cf", plan.Output);
        OutputAssert.Contains("+++ b/etc/postfix/main.cf", plan.Output);
        OutputAssert.Contains("-smtpd_banner = $myhostname ESMTP\n", plan.Output);
        OutputAssert.Contains("+smtpd_banner = $myhostname ESMTP mibc\n", plan.Output);
        OutputAssert.Contains("+added in the second bundle", plan.Output);
        OutputAssert.Contains($"{root}/etc/dovecot/users: secret changed", plan.Output);
        OutputAssert.DoesNotContain("new-secret-hash", plan.Output);
        OutputAssert.DoesNotContain("SHA512-CRYPT", plan.Output);
        OutputAssert.Contains($"  update {root}/etc/nginx/nginx.conf (mode 0644 -> 0640)", plan.Output);
        OutputAssert.Contains("services to check and reload: postfix nginx dovecot", plan.Output);

        var apply = ProcessRunner.Mibc(ApplyArguments(server, root, "--bundle", second));
        var afterApply = TreeSnapshot.Take(root);

        Assert.True(apply.ExitCode == 0, apply.All);
        var changedOnDisk = new SortedSet<string>(
            afterApply.Where(pair => !pair.Key.StartsWith("var/backups/", StringComparison.Ordinal) && (!beforePlan.TryGetValue(pair.Key, out var before) || before != pair.Value))
                .Select(pair => $"{root}/{pair.Key}"),
            StringComparer.Ordinal);
        Assert.Equal(changedOnDisk, DeployOutput.ChangedPaths(plan.Output));
        Assert.Equal(changedOnDisk, DeployOutput.ChangedPaths(apply.Output));
        Assert.Equal(4, changedOnDisk.Count);

        var planAgain = ProcessRunner.Mibc(PlanArguments(server, root, "--bundle", second));
        OutputAssert.Contains("no changes: 9 files match.", planAgain.Output);
    }

    [Fact]
    public void Apply_BoxFile_BuildsAndDeploys()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;

        var result = ProcessRunner.Mibc(ApplyArguments(server, root, FixtureBundles.SamplePath));

        Assert.True(result.ExitCode == 0, result.All);
        OutputAssert.Contains("Made the self-signed certificate", result.Output);
        Assert.True(File.Exists(Path.Combine(root, "etc/mibc/tls/cert.pem")));
        Assert.True(File.Exists(Path.Combine(root, "etc/mibc/tls/key.pem")));
    }

    [Fact]
    public void Apply_DryRun_ChangesNothing()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), FixtureConfigs.Valid());
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;

        var result = ProcessRunner.Mibc([.. ApplyArguments(server, root, "--bundle", bundle), "--dry-run"]);

        Assert.True(result.ExitCode == 0, result.All);
        OutputAssert.Contains($"  would create {root}/etc/postfix/main.cf", result.Output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
    }

    [Fact]
    public void Plan_StoresHostKeysForSshfpAndTlsa()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        Directory.CreateDirectory(Path.Combine(root, "etc/ssh"));
        Directory.CreateDirectory(Path.Combine(root, "etc/mibc/tls"));
        Assert.Equal(0, ProcessRunner.Run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", Path.Combine(root, "etc/ssh/ssh_host_ed25519_key")]).ExitCode);
        Assert.Equal(0, ProcessRunner.Run("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=mail.example.org", "-days", "2",
            "-keyout", Path.Combine(root, "etc/mibc/tls/key.pem"), "-out", Path.Combine(root, "etc/mibc/tls/cert.pem")]).ExitCode);
        var box = temp.WriteFile("box/box.mib", FixtureBundles.SampleText);

        var plan = ProcessRunner.Mibc(PlanArguments(server, root, box));

        Assert.True(plan.ExitCode == 0, plan.All);
        OutputAssert.Contains("Stored 1 SSH host key(s) and the certificate's public key", plan.Output);
        var hostKey = File.ReadAllText(Path.Combine(root, "etc/ssh/ssh_host_ed25519_key.pub")).Trim();
        Assert.Equal(hostKey + "\n", File.ReadAllText(temp.Combine("box/keys/ssh-host-keys.pub")));
        Assert.True(File.Exists(temp.Combine("box/keys/tls-public-key.pem")));

        var bundle = temp.Combine("bundle");
        Assert.Equal(0, ProcessRunner.Mibc(["build", box, "-o", bundle]).ExitCode);
        var zone = File.ReadAllText(Path.Combine(bundle, "files/etc/nsd/zones/example.org.zone"));
        var sshfp = ProcessRunner.Run("ssh-keygen", ["-r", "mail.example.org", "-f", Path.Combine(root, "etc/ssh/ssh_host_ed25519_key.pub")]).Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Single(line => line.Contains(" 4 2 ", StringComparison.Ordinal));
        Assert.Contains(sshfp.Split(' ')[^1], zone, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("_443._tcp", zone, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_AuthenticatesThroughAgent()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), FixtureConfigs.Valid());
        var socket = temp.Combine("agent.sock");
        using var agent = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("ssh-agent", ["-D", "-a", socket]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        try
        {
            for (var attempt = 0; attempt < 50 && !File.Exists(socket); attempt++)
            {
                Thread.Sleep(100);
            }

            var environment = new Dictionary<string, string> { ["SSH_AUTH_SOCK"] = socket, ["HOME"] = temp.Path };
            Assert.Equal(0, ProcessRunner.Run("ssh-add", [server.ClientKeyPath], TimeSpan.FromSeconds(30), environment).ExitCode);
            string[] arguments = ["plan", "--bundle", bundle, "--host", server.Host, "--known-hosts", server.KnownHostsPath, "--root", root];

            var plan = ProcessRunner.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "mibc.dll"), .. arguments], TimeSpan.FromSeconds(180), environment);

            Assert.True(plan.ExitCode == 0, plan.All);
            OutputAssert.Contains($"  create {root}/etc/postfix/main.cf", plan.Output);
        }
        finally
        {
            agent.Kill();
            agent.WaitForExit(5000);
        }
    }

    [Fact]
    public void Plan_WithoutKey_FailsWithHint()
    {
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), FixtureConfigs.Valid());
        var environment = new Dictionary<string, string> { ["SSH_AUTH_SOCK"] = temp.Combine("no-agent.sock"), ["HOME"] = temp.Path };

        var plan = ProcessRunner.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "mibc.dll"), "plan", "--bundle", bundle, "--host", "root@127.0.0.1:22198"], TimeSpan.FromSeconds(180), environment);

        Assert.Equal(2, plan.ExitCode);
        OutputAssert.Contains("no SSH key found", plan.Error);
    }

    internal static string[] ApplyArguments(TestSshServer server, string root, params string[] inputs) =>
        ["apply", .. inputs, "--host", server.Host, "--identity", server.ClientKeyPath, "--known-hosts", server.KnownHostsPath, "--root", root];

    internal static string[] PlanArguments(TestSshServer server, string root, params string[] inputs) =>
        ["plan", .. inputs, "--host", server.Host, "--identity", server.ClientKeyPath, "--known-hosts", server.KnownHostsPath, "--root", root];

    [GeneratedRegex(@"to (/tmp/mibc-bundle\.\w+)\.")]
    private static partial Regex UploadDirectory();
}
