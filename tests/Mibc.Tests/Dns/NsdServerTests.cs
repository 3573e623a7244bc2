using System.Security.Cryptography;
using DnsClient;
using DnsClient.Protocol;
using Mibc.Targets.Dns;

namespace Mibc.Tests.Dns;

/// <summary>A real NSD serves the built zones, and its answers match the model and the keys in the bundle.</summary>
public sealed class NsdServerTests
{
    // NOTE: this engineer's tests own loopback ports 21000-21999.
    private const int SignedPort = 21053;
    private const int PlainPort = 21054;

    [Fact]
    public void SignedSample_AnswersMailRecords()
    {
        using var box = DnsTestBox.FromSample("samples/dns.mib");
        using var certificateKey = RSA.Create(2048);
        Directory.CreateDirectory(box.KeysPath);
        File.WriteAllText(Path.Combine(box.KeysPath, CertificateKeyFile.RelativePath), certificateKey.ExportSubjectPublicKeyInfoPem());
        var model = box.BuildClean().Check.Model!;
        var sign = DnsTestBox.Run("bash", [box.BundleFile(NsdEmitter.SignScriptPath), "--root", Path.Combine(box.BundlePath, "files"), "--no-reload"]);
        Assert.True(sign.ExitCode == 0, sign.Output + sign.Error);

        using var nsd = NsdServer.Start(box.BundlePath, SignedPort, "example.com");
        var dns = nsd.Client;

        var mx = dns.Query("example.com", QueryType.MX).Answers.MxRecords().Select(record => $"{record.Preference} {record.Exchange.Value}").Order().ToList();
        Assert.Equal(["10 mail.example.com.", "20 backup-mx.example.net."], mx);

        var apexTexts = Texts(dns, "example.com");
        Assert.Single(apexTexts, text => text.StartsWith("v=spf1", StringComparison.Ordinal));
        Assert.Contains("v=spf1 mx -all", apexTexts);

        var rsaKey = File.ReadAllText(box.BundleFile("/etc/opendkim/keys/example.com/mail2025.private"));
        using (var rsa = RSA.Create())
        {
            rsa.ImportFromPem(rsaKey);
            Assert.Equal(["v=DKIM1; k=rsa; p=" + Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo())], Texts(dns, "mail2025._domainkey.example.com"));
        }

        var ed25519Public = OpenSslPublicKey(box.BundleFile("/etc/opendkim/keys/example.com/mail2025e.private"));
        Assert.Equal(["v=DKIM1; k=ed25519; p=" + Convert.ToBase64String(ed25519Public[^32..])], Texts(dns, "mail2025e._domainkey.example.com"));

        var dmarc = model.FindDomain("example.com")!.Dmarc;
        Assert.Equal(
            [$"v=DMARC1; p={dmarc.Policy.Value.ToString().ToLowerInvariant()}; rua=mailto:{dmarc.ReportAddress!.Value.Ascii}; pct={dmarc.Percent.Value}"],
            Texts(dns, "_dmarc.example.com"));

        var policy = File.ReadAllBytes(box.BundleFile(MtaStsPolicy.HostPath));
        Assert.Equal(["v=STSv1; id=" + Convert.ToHexStringLower(SHA256.HashData(policy))[..32]], Texts(dns, "_mta-sts.example.com"));
        Assert.Equal(["v=TLSRPTv1; rua=mailto:tls-reports@example.com"], Texts(dns, "_smtp._tls.example.com"));

        var tlsaData = Convert.ToHexStringLower(SHA256.HashData(certificateKey.ExportSubjectPublicKeyInfo()));
        foreach (var name in new[] { "_25._tcp.mail.example.com", "_443._tcp.mail.example.com" })
        {
            var tlsa = Assert.Single(dns.Query(name, QueryType.TLSA).Answers.OfType<TlsaRecord>());
            Assert.Equal("3 1 1 " + tlsaData, $"{(int)tlsa.CertificateUsage} {(int)tlsa.Selector} {(int)tlsa.MatchingType} {tlsa.CertificateAssociationDataAsString.ToLowerInvariant()}");
        }

        var expectedSshfp = SshKeygenFingerprints(model.Host.Ssh.HostKeys[0].Value);
        var sshfp = dns.Query("mail.example.com", QueryType.SSHFP).Answers.OfType<SshfpRecord>()
            .Select(record => $"{(int)record.Algorithm} {(int)record.FingerprintType} {record.Fingerprint.ToLowerInvariant()}").ToList();
        Assert.Equal(expectedSshfp, sshfp);

        var submission = Assert.Single(dns.Query("_submission._tcp.example.com", QueryType.SRV).Answers.SrvRecords());
        Assert.Equal((587, "mail.example.com."), (submission.Port, submission.Target.Value));

        var caa = dns.Query("example.com", QueryType.CAA).Answers.CaaRecords().Select(record => $"{record.Flags} {record.Tag} {record.Value}").Order().ToList();
        Assert.Equal(["0 iodef mailto:security@example.com", "0 issue letsencrypt.org"], caa);

        var listsMx = Assert.Single(dns.Query("lists.example.com", QueryType.MX).Answers.MxRecords());
        Assert.Equal("mail.example.com.", listsMx.Exchange.Value);
        var idnMx = Assert.Single(dns.Query("xn--bcher-kva.example", QueryType.MX).Answers.MxRecords());
        Assert.Equal("mail.example.com.", idnMx.Exchange.Value);

        var keyFile = Directory.GetFiles(box.BundleFile("/etc/nsd/dnssec"), "Kexample.com.+013+*.key").Single();
        var dnskey = Assert.Single(dns.Query("example.com", QueryType.DNSKEY).Answers.OfType<DnsKeyRecord>());
        Assert.Equal(File.ReadAllText(keyFile).Trim().Split(' ')[^1], Convert.ToBase64String(dnskey.PublicKey.ToArray()));
    }

    [Fact]
    public void PlainSample_AnswersMxSpfDkimAndDmarc()
    {
        using var box = DnsTestBox.FromSample("samples/box.mib");
        var model = box.BuildClean().Check.Model!;

        using var nsd = NsdServer.Start(box.BundlePath, PlainPort, "example.org");
        var dns = nsd.Client;

        foreach (var domain in model.Domains)
        {
            var name = domain.Name.Value.Ascii;
            var mx = Assert.Single(dns.Query(name, QueryType.MX).Answers.MxRecords());
            Assert.Equal(model.Host.Name.Value.Ascii + ".", mx.Exchange.Value);
            Assert.Contains("v=spf1 mx -all", Texts(dns, name));

            var selector = domain.Dkim.Selector.Value;
            using var rsa = RSA.Create();
            rsa.ImportFromPem(File.ReadAllText(box.BundleFile($"/etc/opendkim/keys/{name}/{selector}.private")));
            Assert.Equal(["v=DKIM1; k=rsa; p=" + Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo())], Texts(dns, $"{selector}._domainkey.{name}"));

            var dmarc = Assert.Single(Texts(dns, "_dmarc." + name));
            Assert.StartsWith($"v=DMARC1; p={domain.Dmarc.Policy.Value.ToString().ToLowerInvariant()}", dmarc, StringComparison.Ordinal);
        }

        var www = Assert.Single(dns.Query("www.example.org", QueryType.CNAME).Answers.CnameRecords());
        Assert.Equal("mail.example.org.", www.CanonicalName.Value);
        Assert.Empty(dns.Query("www.example.org", QueryType.TLSA).Answers.OfType<TlsaRecord>());
    }

    private static List<string> Texts(LookupClient dns, string name) =>
        [.. dns.Query(name, QueryType.TXT).Answers.TxtRecords().Select(record => string.Concat(record.Text))];

    private static byte[] OpenSslPublicKey(string privateKeyPath)
    {
        var result = DnsTestBox.Run("openssl", ["pkey", "-in", privateKeyPath, "-pubout"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var pem = result.Output;
        return Convert.FromBase64String(pem[pem.IndexOf('\n')..pem.IndexOf("-----END", StringComparison.Ordinal)].Replace("\n", string.Empty, StringComparison.Ordinal));
    }

    private static List<string> SshKeygenFingerprints(string hostKey)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, hostKey + "\n");
            var result = DnsTestBox.Run("ssh-keygen", ["-r", "mail.example.com", "-f", file]);
            Assert.True(result.ExitCode == 0, result.Error);
            return [.. result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(fields => fields[4] == "2")
                .Select(fields => $"{fields[3]} {fields[4]} {fields[5].ToLowerInvariant()}")];
        }
        finally
        {
            File.Delete(file);
        }
    }
}
