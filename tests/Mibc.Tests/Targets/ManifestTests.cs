using Mibc.Targets.Bundles;

namespace Mibc.Tests.DaemonTargets;

/// <summary>manifest.json lists every generated file with its target, mode, owner, hash and services.</summary>
public sealed class ManifestTests
{
    [Theory]
    [InlineData("/etc/postfix/main.cf", "0644", "root", "root", "postfix")]
    [InlineData("/etc/postfix/master.cf", "0644", "root", "root", "postfix")]
    [InlineData("/etc/postfix/mibc/virtual_mailboxes", "0644", "root", "root", "postfix")]
    [InlineData("/etc/postfix/mibc/sender_login_maps", "0644", "root", "root", "postfix")]
    [InlineData("/etc/dovecot/dovecot.conf", "0644", "root", "root", "dovecot")]
    [InlineData("/etc/dovecot/mibc/users", "0640", "root", "dovecot", "dovecot")]
    [InlineData("/etc/nginx/nginx.conf", "0644", "root", "root", "nginx")]
    [InlineData("/etc/nginx/mibc/sites.conf", "0644", "root", "root", "nginx")]
    [InlineData("/etc/opendkim.conf", "0644", "root", "root", "opendkim")]
    [InlineData("/etc/opendkim/KeyTable", "0644", "root", "root", "opendkim")]
    [InlineData("/etc/mibc/tls/dhparams.pem", "0644", "root", "root", "postfix dovecot nginx")]
    [InlineData("/var/www/mibc/autoconfig/config-v1.1.xml", "0644", "root", "root", "")]
    public void Manifest_ListsFileWithOwnerAndServices(string target, string mode, string owner, string group, string services)
    {
        using var bundle = SampleBundle.Build("box.mib");

        var entry = BundleWriter.ReadManifest(bundle.Directory).Files.Single(file => file.Target == target);

        Assert.Equal(mode, entry.Mode);
        Assert.Equal(owner, entry.Owner);
        Assert.Equal(group, entry.Group);
        Assert.Equal(services, string.Join(' ', entry.Services));
        Assert.Equal("files" + target, entry.Path);
    }

    [Fact]
    public void Manifest_HashesMatchFiles()
    {
        using var bundle = SampleBundle.Build("box.mib");

        foreach (var entry in BundleWriter.ReadManifest(bundle.Directory).Files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(bundle.Directory, entry.Path));
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), entry.Sha256);
        }
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void PasswdFile_IsSecretAndPrivateInBundle()
    {
        using var bundle = SampleBundle.Build("box.mib");

        var entry = BundleWriter.ReadManifest(bundle.Directory).Files.Single(file => file.Target == "/etc/dovecot/mibc/users");
        var mode = File.GetUnixFileMode(Path.Combine(bundle.Directory, entry.Path));

        Assert.True(entry.Secret);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    // Password hashes and DKIM private keys are the bundle's secrets; no config file is one.
    [Fact]
    public void Manifest_MarksHashesAndKeysSecret()
    {
        using var bundle = SampleBundle.Build("box.mib");

        var files = BundleWriter.ReadManifest(bundle.Directory).Files;

        Assert.Equal(
            files.Where(file => file.Target == "/etc/dovecot/mibc/users" || file.Target.EndsWith(".private", StringComparison.Ordinal)).Select(file => file.Target),
            files.Where(file => file.Secret).Select(file => file.Target));
        Assert.All(files.Where(file => file.Secret), file => Assert.Contains(file.Mode, new[] { "0600", "0640" }));
    }

    [Fact]
    public void BuildOutput_NeverPrintsPasswordHashes()
    {
        using var directory = new Support.TempDirectory();
        var sample = Path.Combine(Support.RepositoryPaths.Samples, "box.mib");

        var result = Support.MibcProcess.Run(directory.Path, TimeSpan.FromMinutes(1), "build", sample, "-o", directory.Combine("bundle"));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("$6$", result.Output + result.Error, StringComparison.Ordinal);
    }
}
