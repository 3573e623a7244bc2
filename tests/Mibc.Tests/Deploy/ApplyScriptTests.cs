using System.Text.RegularExpressions;
using Mibc.Targets.Deploy;
using Mibc.Targets.Emit;
using Mibc.Tests.Support;

namespace Mibc.Tests.Deploy;

/// <summary>Runs generated apply.sh scripts with bash in --root mode against the real daemon checks.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed partial class ApplyScriptTests
{
    [Fact]
    public void Shellcheck_PassesOnEveryGeneratedScript()
    {
        using var temp = new TempDirectory();
        var ecdsaBox = FixtureBundles.SampleText.Replace("certificate = self_signed", "certificate = self_signed\n  certificate_key = ecdsa_p384\n  csr_digest = sha384", StringComparison.Ordinal);
        var bundles = new[]
        {
            FixtureBundles.Write(temp.Combine("empty"), []),
            FixtureBundles.Write(temp.Combine("valid"), FixtureConfigs.Valid()),
            FixtureBundles.Write(temp.Combine("broken"), FixtureConfigs.Broken()),
            FixtureBundles.Write(temp.Combine("hooks"), WithSigningHook(FixtureConfigs.Valid())),
            FixtureBundles.Write(temp.Combine("ecdsa"), FixtureConfigs.Valid(), FixtureBundles.Model(ecdsaBox)),
        };

        var built = ProcessRunner.Mibc("build", FixtureBundles.SamplePath, "-o", temp.Combine("sample"));
        Assert.Equal(0, built.ExitCode);

        foreach (var bundle in bundles.Append(temp.Combine("sample")))
        {
            var result = ProcessRunner.Run("shellcheck", ["--severity=style", Path.Combine(bundle, ApplyScriptGenerator.FileName)]);
            Assert.True(result.ExitCode == 0, $"shellcheck on {bundle}:\n{result.All}");
        }
    }

    [Fact]
    public void RootApply_PlacesFilesWithBackups()
    {
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), FixtureConfigs.Valid());
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        Directory.CreateDirectory(Path.Combine(root, "etc/postfix"));
        File.WriteAllText(Path.Combine(root, "etc/postfix/main.cf"), "# the host's earlier main.cf\n");
        File.SetUnixFileMode(Path.Combine(root, "etc/postfix/main.cf"), UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var result = FixtureBundles.RunApply(bundle, "--root", root);

        Assert.True(result.ExitCode == 0, result.All);
        foreach (var file in FixtureConfigs.Valid())
        {
            var path = root + file.TargetPath;
            Assert.Equal(file.Content, File.ReadAllBytes(path));
            Assert.Equal(Convert.ToInt32(file.Mode, 8), (int)File.GetUnixFileMode(path));
            var owner = ProcessRunner.Run("stat", ["-c", "%U:%G", path]).Output.Trim();
            Assert.Equal($"{file.Owner}:{file.Group}", owner);
        }

        var backups = Directory.GetDirectories(Path.Combine(root, "var/backups/mibc"));
        Assert.Single(backups);
        Assert.Matches(BackupName(), Path.GetFileName(backups[0]));
        Assert.Equal("# the host's earlier main.cf\n", File.ReadAllText(Path.Combine(backups[0], "etc/postfix/main.cf")));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(root, "etc/mibc/tls/key.pem")));
        var certificate = ProcessRunner.Run("openssl", ["x509", "-in", Path.Combine(root, "etc/mibc/tls/cert.pem"), "-noout", "-text"]).Output;
        Assert.Contains("Subject: CN = mail.example.org", certificate);
        Assert.Contains("DNS:mail.example.org, DNS:example.org", certificate);
        Assert.Contains("sha256WithRSAEncryption", certificate);
        Assert.Contains("Public-Key: (2048 bit)", certificate);

        OutputAssert.Contains($"  update {root}/etc/postfix/main.cf (content, mode 0600 -> 0644)", result.Output);
        OutputAssert.Contains($"  create {root}/etc/nginx/nginx.conf", result.Output);
        OutputAssert.Contains("Services: postfix nginx dovecot opendkim nsd", result.Output);
        OutputAssert.Contains("Skipping service control (--root): postfix nginx dovecot opendkim nsd", result.Output);
    }

    [Fact]
    public void RootApply_SampleBundle_IsIdempotent()
    {
        using var temp = new TempDirectory();
        var box = temp.Combine("box.mib");
        File.Copy(FixtureBundles.SamplePath, box);
        var bundle = temp.Combine("bundle");
        var built = ProcessRunner.Mibc("build", box, "-o", bundle);
        Assert.True(built.ExitCode == 0, built.All);
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        var manifest = Mibc.Targets.Bundles.BundleWriter.ReadManifest(bundle);

        var first = FixtureBundles.RunApply(bundle, "--root", root);
        var second = FixtureBundles.RunApply(bundle, "--root", root);

        Assert.True(first.ExitCode == 0, first.All);
        Assert.NotEmpty(manifest.Files);
        foreach (var entry in manifest.Files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(bundle, entry.Path)), File.ReadAllBytes(root + entry.Target));
            Assert.Equal(Convert.ToInt32(entry.Mode, 8), (int)File.GetUnixFileMode(root + entry.Target));
            OutputAssert.Contains($"  create {root}{entry.Target}", first.Output);
        }

        Assert.True(second.ExitCode == 0, second.All);
        OutputAssert.Contains("No changes: mail.example.org is up to date.", second.Output);
    }

    [Fact]
    public void RootApply_SecondRunChangesNothing()
    {
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), FixtureConfigs.Valid());
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        Assert.Equal(0, FixtureBundles.RunApply(bundle, "--root", root).ExitCode);
        var before = TreeSnapshot.Take(root);
        var times = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(path => path, File.GetLastWriteTimeUtc);

        var again = FixtureBundles.RunApply(bundle, "--root", root);

        Assert.True(again.ExitCode == 0, again.All);
        OutputAssert.Contains("No changes: mail.example.org is up to date.", again.Output);
        OutputAssert.DoesNotContain("Services:", again.Output);
        OutputAssert.DoesNotContain("Skipping service control", again.Output);
        Assert.Equal(before, TreeSnapshot.Take(root));
        Assert.Single(Directory.GetDirectories(Path.Combine(root, "var/backups/mibc")));
        foreach (var (path, time) in times)
        {
            Assert.Equal(time, File.GetLastWriteTimeUtc(path));
        }
    }

    [Fact]
    public void RootApply_InvalidConfigRestoresEveryFile()
    {
        using var temp = new TempDirectory();
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        var valid = FixtureBundles.Write(temp.Combine("valid"), FixtureConfigs.Valid());
        Assert.Equal(0, FixtureBundles.RunApply(valid, "--root", root).ExitCode);
        var before = TreeSnapshot.Take(Path.Combine(root, "etc"));

        var broken = FixtureBundles.Write(temp.Combine("broken"), FixtureConfigs.Broken());
        var result = FixtureBundles.RunApply(broken, "--root", root);

        Assert.Equal(1, result.ExitCode);
        OutputAssert.Contains("the nginx check failed:", result.Output);
        OutputAssert.Contains("mibc_no_such_directive", result.Output);
        OutputAssert.Contains($"  restored {root}/etc/postfix/main.cf", result.Output);
        OutputAssert.Contains($"  removed {root}/etc/mibc/extra.conf", result.Output);
        Assert.Equal(before, TreeSnapshot.Take(Path.Combine(root, "etc")));
        Assert.Empty(Directory.EnumerateFiles(root, ".mibc-new.*", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(root, ".mibc-restore.*", SearchOption.AllDirectories));
    }

    [Fact]
    public void RootApply_StoppedEarly_RestoresFiles()
    {
        using var temp = new TempDirectory();
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        var valid = FixtureBundles.Write(temp.Combine("valid"), FixtureConfigs.Valid());
        Assert.Equal(0, FixtureBundles.RunApply(valid, "--root", root).ExitCode);
        var before = TreeSnapshot.Take(Path.Combine(root, "etc"));

        // chown fails on the last file, after the earlier ones were placed.
        var files = FixtureConfigs.Broken().Select(file => file.TargetPath == "/etc/mibc/extra.conf" ? file with { Owner = "mibc-no-such-user" } : file).ToList();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), files);
        var result = FixtureBundles.RunApply(bundle, "--root", root);

        Assert.NotEqual(0, result.ExitCode);
        OutputAssert.Contains("apply.sh stopped early", result.Output);
        OutputAssert.Contains($"  restored {root}/etc/postfix/main.cf", result.Output);
        Assert.Equal(before, TreeSnapshot.Take(Path.Combine(root, "etc")));
        Assert.Empty(Directory.EnumerateFiles(root, ".mibc-new.*", SearchOption.AllDirectories));
    }

    [Fact]
    public void RootApply_InvalidPostfixConfigIsRejected()
    {
        using var temp = new TempDirectory();
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        var files = new[] { BundleFile.FromText("/etc/postfix/main.cf", "this line has no equals sign\n", "postfix"), BundleFile.FromText("/etc/postfix/master.cf", FixtureConfigs.MasterCf, "postfix") };
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), files);

        var result = FixtureBundles.RunApply(bundle, "--root", root);

        Assert.Equal(1, result.ExitCode);
        OutputAssert.Contains("the postfix check failed:", result.Output);
        Assert.False(File.Exists(Path.Combine(root, "etc/postfix/main.cf")));
        Assert.False(File.Exists(Path.Combine(root, "etc/mibc/tls/key.pem")));
    }

    [Fact]
    public void RootApply_DryRunTouchesNothing()
    {
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), FixtureConfigs.Valid());
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;

        var result = FixtureBundles.RunApply(bundle, "--dry-run", "--root", root);

        Assert.True(result.ExitCode == 0, result.All);
        OutputAssert.Contains("Dry run: nothing is changed.", result.Output);
        OutputAssert.Contains($"  would create {root}/etc/postfix/main.cf", result.Output);
        OutputAssert.Contains("Services: postfix nginx dovecot opendkim nsd", result.Output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
    }

    [Fact]
    public void ApplyScript_RejectsDamagedBundle()
    {
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), FixtureConfigs.Valid());
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        File.AppendAllText(Path.Combine(bundle, "files/etc/nginx/nginx.conf"), "# tampered\n");

        var result = FixtureBundles.RunApply(bundle, "--root", root);

        Assert.Equal(2, result.ExitCode);
        OutputAssert.Contains("bundle file files/etc/nginx/nginx.conf does not match its SHA-256 in the manifest", result.Output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
    }

    [Fact]
    public void ApplyScript_RejectsTruncatedBundle()
    {
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), FixtureConfigs.Valid());
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        File.Delete(Path.Combine(bundle, "files/etc/nsd/zones/example.org.zone"));

        var result = FixtureBundles.RunApply(bundle, "--root", root);

        Assert.Equal(2, result.ExitCode);
        OutputAssert.Contains("bundle file files/etc/nsd/zones/example.org.zone is missing", result.Output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
    }

    [Fact]
    public void ApplyScript_RunsChangedFileHooksOnce()
    {
        using var temp = new TempDirectory();
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), WithSigningHook(FixtureConfigs.Valid()));

        var result = FixtureBundles.RunApply(bundle, "--root", root);

        Assert.True(result.ExitCode == 0, result.All);
        OutputAssert.Contains($"Running hook: {HookPath} --mark --root {root}", result.Output);
        OutputAssert.Contains($"hook signed under {root} with --mark", result.Output);
        Assert.Single(HookRuns().Matches(result.Output));
        Assert.Equal(FixtureConfigs.Zone, File.ReadAllText(Path.Combine(root, "etc/nsd/zones/example.org.zone.signed")));

        var again = FixtureBundles.RunApply(bundle, "--root", root);

        OutputAssert.DoesNotContain("Running hook", again.Output);
    }

    [Fact]
    public void ApplyScript_RollbackRunsHooksAgain()
    {
        using var temp = new TempDirectory();
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        var valid = FixtureBundles.Write(temp.Combine("valid"), WithSigningHook(FixtureConfigs.Valid()));
        Assert.Equal(0, FixtureBundles.RunApply(valid, "--root", root).ExitCode);
        var changedZone = FixtureConfigs.Zone.Replace("192.0.2.1", "192.0.2.2", StringComparison.Ordinal);
        var broken = WithSigningHook(FixtureConfigs.Broken())
            .Select(file => file.TargetPath.EndsWith(".zone", StringComparison.Ordinal) ? file with { Content = System.Text.Encoding.UTF8.GetBytes(changedZone) } : file)
            .ToList();
        var bundle = FixtureBundles.Write(temp.Combine("broken"), broken);

        var result = FixtureBundles.RunApply(bundle, "--root", root);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, HookRuns().Matches(result.Output).Count);
        OutputAssert.Contains("the nginx check failed:", result.Output);
        Assert.Equal(FixtureConfigs.Zone, File.ReadAllText(Path.Combine(root, "etc/nsd/zones/example.org.zone")));
        Assert.Equal(FixtureConfigs.Zone, File.ReadAllText(Path.Combine(root, "etc/nsd/zones/example.org.zone.signed")));
    }

    [Fact]
    public void ApplyScript_FailingHookRestoresFiles()
    {
        using var temp = new TempDirectory();
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        var hook = new DeployHook("/usr/local/sbin/mibc-failing-hook", []);
        var files = FixtureConfigs.Valid()
            .Select(file => file.TargetPath == "/etc/postfix/main.cf" ? file with { Hooks = [hook] } : file)
            .Append(BundleFile.FromText(hook.Command, "#!/bin/sh\necho 'signing key missing' >&2\nexit 3\n") with { Mode = "0755", Hooks = [hook] })
            .ToList();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), files);

        var result = FixtureBundles.RunApply(bundle, "--root", root);

        Assert.Equal(1, result.ExitCode);
        OutputAssert.Contains($"hook {hook.Command} failed:", result.Output);
        OutputAssert.Contains("signing key missing", result.Output);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(root, "etc"), "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(root, "usr"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void ApplyScript_RejectsUnknownArgument()
    {
        using var temp = new TempDirectory();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), []);

        var result = FixtureBundles.RunApply(bundle, "--force");

        Assert.Equal(2, result.ExitCode);
        OutputAssert.Contains("apply.sh: error: unknown argument '--force'", result.Output);
    }

    private const string HookPath = "/usr/local/sbin/mibc-test-sign";

    // A hook like the DNSSEC signer: it derives example.org.zone.signed from the placed zone.
    private const string HookScript = """
        #!/bin/bash
        set -eu
        root=/ flags=""
        while [ $# -gt 0 ]; do
          case $1 in
            --root) root=$2; shift 2 ;;
            *) flags="$flags $1"; shift ;;
          esac
        done
        cp "$root/etc/nsd/zones/example.org.zone" "$root/etc/nsd/zones/example.org.zone.signed"
        echo "hook signed under $root with$flags"

        """;

    private static List<BundleFile> WithSigningHook(IEnumerable<BundleFile> files)
    {
        var hook = new DeployHook(HookPath, ["--mark"]);
        return
        [
            .. files.Select(file => file.TargetPath.EndsWith(".zone", StringComparison.Ordinal) ? file with { Hooks = [hook] } : file),
            BundleFile.FromText(HookPath, HookScript) with { Mode = "0755", Hooks = [hook] },
        ];
    }

    [GeneratedRegex("^hook signed under ", RegexOptions.Multiline)]
    private static partial Regex HookRuns();

    [GeneratedRegex(@"^\d{8}T\d{6}Z-\d+$")]
    private static partial Regex BackupName();
}
