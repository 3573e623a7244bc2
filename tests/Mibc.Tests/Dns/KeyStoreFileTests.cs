using System.Security.Cryptography;
using Mibc.Targets.Dns;

namespace Mibc.Tests.Dns;

/// <summary>Findings that depend on files in the key store or on input too large for a baseline file.</summary>
public sealed class KeyStoreFileTests
{
    [Fact]
    public void CorruptDkimKey_IsErrorAtFile()
    {
        using var box = DnsTestBox.FromText(DnsTestBox.SingleDomain(string.Empty));
        var keyFile = Path.Combine(box.KeysPath, "dkim", "example.org", "mail.private");
        Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
        File.WriteAllText(keyFile, "not a key\n");

        var result = box.Build();

        var error = Assert.Single(result.Diagnostics, diagnostic => diagnostic.IsError);
        Assert.Equal(("MIB3129", keyFile, 1), (error.Code, error.Location.Path, error.Location.StartLine));
        Assert.Contains("not a valid DKIM private key", error.Message, StringComparison.Ordinal);
        Assert.Equal("not a key\n", File.ReadAllText(keyFile));
        Assert.False(Directory.Exists(box.BundlePath));
    }

    [Fact]
    public void OtherCertificateKeyType_IsWarning()
    {
        using var box = DnsTestBox.FromText(DnsTestBox.SingleDomain(string.Empty));
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Directory.CreateDirectory(box.KeysPath);
        File.WriteAllText(Path.Combine(box.KeysPath, CertificateKeyFile.RelativePath), ecdsa.ExportSubjectPublicKeyInfoPem());

        var result = box.Build();

        var warning = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Code == "MIB3133");
        Assert.Contains("holds a ecdsa_p256 key, but the policy sets certificate_key = rsa2048", warning.Message, StringComparison.Ordinal);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void TxtOverRecordLimit_IsError()
    {
        var text = new string('x', 66000);
        using var box = DnsTestBox.FromText(DnsTestBox.SingleDomain($"record \"big\" TXT \"{text}\""));

        var result = box.Build();

        var error = Assert.Single(result.Diagnostics, diagnostic => diagnostic.IsError);
        Assert.Equal(("MIB3117", 6, 20), (error.Code, error.Location.StartLine, error.Location.StartColumn));
    }
}
