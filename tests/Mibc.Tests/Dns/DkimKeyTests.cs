using Mibc.Targets.Keys;

namespace Mibc.Tests.Dns;

/// <summary>DKIM keys are made once, kept secret in the key store, reused on rebuilds and shipped with mode 0600.</summary>
public sealed class DkimKeyTests
{
    [Fact]
    public void DkimKey_SurvivesRebuildUnchanged()
    {
        using var box = DnsTestBox.FromText(DnsTestBox.SingleDomain("dkim { selector = \"mail\" }"));
        box.BuildClean();
        var shipped = File.ReadAllBytes(box.BundleFile("/etc/opendkim/keys/example.org/mail.private"));
        var zone = ZoneText(box);

        box.BuildClean();

        Assert.Equal(shipped, File.ReadAllBytes(box.BundleFile("/etc/opendkim/keys/example.org/mail.private")));
        Assert.Equal(zone, ZoneText(box));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void KeyStore_IsPrivateAndIgnoredByGit()
    {
        using var box = DnsTestBox.FromText(DnsTestBox.SingleDomain("dkim { selector = \"mail\" }"));
        box.BuildClean();

        var key = Path.Combine(box.KeysPath, "dkim", "example.org", "mail.private");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(box.KeysPath));
        Assert.Equal(KeyStore.GitIgnoreContent, File.ReadAllText(Path.Combine(box.KeysPath, ".gitignore")));

        var git = DnsTestBox.Run("git", ["-C", box.Directory, "init", "-q"]);
        Assert.Equal(0, git.ExitCode);
        var ignored = DnsTestBox.Run("git", ["-C", box.Directory, "check-ignore", "keys/dkim/example.org/mail.private"]);
        Assert.Equal(0, ignored.ExitCode);

        var manifest = Targets.Bundles.BundleWriter.ReadManifest(box.BundlePath);
        var entry = manifest.Files.Single(file => file.Target == "/etc/opendkim/keys/example.org/mail.private");
        Assert.Equal(("0600", "opendkim", "opendkim", true), (entry.Mode, entry.Owner, entry.Group, entry.Secret));
    }

    [Fact]
    public void NewSelector_KeepsRetiredKeyPublished()
    {
        using var box = DnsTestBox.FromText(DnsTestBox.SingleDomain("dkim { selector = \"mail\" }"));
        box.BuildClean();
        var oldRecord = DkimRecord(ZoneText(box), "mail");
        File.WriteAllText(box.BoxPath, DnsTestBox.SingleDomain("dkim { selector = \"mail2\"  retired = [\"mail\"] }"));

        box.BuildClean();

        var zone = ZoneText(box);
        Assert.Equal(oldRecord, DkimRecord(zone, "mail"));
        Assert.NotEqual(oldRecord, DkimRecord(zone, "mail2"));
        Assert.True(File.Exists(box.BundleFile("/etc/opendkim/keys/example.org/mail2.private")));
        Assert.False(File.Exists(box.BundleFile("/etc/opendkim/keys/example.org/mail.private")));
    }

    [Fact]
    public void Ed25519Selector_SignsBesideRsa()
    {
        using var box = DnsTestBox.FromText(DnsTestBox.SingleDomain("dkim { selector = \"mail\"  ed25519_selector = \"mailed\" }"));
        box.BuildClean();

        var check = DnsTestBox.Run("openssl", ["pkey", "-in", box.BundleFile("/etc/opendkim/keys/example.org/mailed.private"), "-noout", "-text"]);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.StartsWith("ED25519 Private-Key", check.Output, StringComparison.Ordinal);
        Assert.StartsWith("\"v=DKIM1; k=ed25519; p=", DkimRecord(ZoneText(box), "mailed"), StringComparison.Ordinal);
        Assert.StartsWith("\"v=DKIM1; k=rsa; p=", DkimRecord(ZoneText(box), "mail"), StringComparison.Ordinal);
    }

    [Fact]
    public void ChangedKeyType_IsErrorAtSelector()
    {
        using var box = DnsTestBox.FromText(DnsTestBox.SingleDomain("dkim { selector = \"mail\" }"));
        box.BuildClean();
        File.WriteAllText(box.BoxPath, DnsTestBox.SingleDomain("dkim { selector = \"mail\"  key = ed25519 }"));

        var result = box.Build();

        var error = Assert.Single(result.Diagnostics, diagnostic => diagnostic.IsError);
        Assert.Equal("MIB3138", error.Code);
        Assert.Equal((6, 21), (error.Location.StartLine, error.Location.StartColumn));
    }

    private static string ZoneText(DnsTestBox box) => File.ReadAllText(box.BundleFile("/etc/nsd/zones/example.org.zone"));

    private static string DkimRecord(string zone, string selector)
    {
        var line = zone.Split('\n').Single(text => text.StartsWith(selector + "._domainkey ", StringComparison.Ordinal));
        return line[(line.IndexOf("TXT", StringComparison.Ordinal) + 3)..].Trim();
    }
}
