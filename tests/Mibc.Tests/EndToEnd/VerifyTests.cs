using System.Text.RegularExpressions;
using Mibc.Compiler.Verify;
using Mibc.Targets.Render;
using Mibc.Tests.Deploy;

namespace Mibc.Tests.EndToEnd;

/// <summary><c>mibc verify</c>, run as a process, against the deployed box: it passes, and it catches one service weakened by hand.</summary>
[Collection(LoopbackBoxCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed partial class VerifyTests(LoopbackBox box)
{
    [Fact]
    public void Verify_DeployedBox_Passes()
    {
        var (exitCode, rows, output) = box.Verify();

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain(rows, row => row.Status == nameof(VerifyStatus.Fail));
        var planned = VerifyPlanner.Plan(box.Model, "127.0.0.1", VerifyPlanner.PortsFor(box.Model, [$"ssh={LoopbackBox.SshPort}"]));
        Assert.Equal(planned.Select(check => check.Id), rows.Select(row => row.Id));

        // Checks that must pass outright on this box, not only warn or skip.
        foreach (var id in new[] { "submission.starttls", "smtp.starttls", "submissions.auth", "tls.443.TLSv1", "tls.443.TLSv1.2", "certificate", "https.hsts", "http.redirect", "ssh.password", "dns.example.org", "dns.example.net" })
        {
            var row = Assert.Single(rows, row => row.Id == id);
            Assert.True(row.Status == nameof(VerifyStatus.Pass), $"{id}: {row.Status}, {row.Detail}");
        }
    }

    [Fact]
    public void Verify_NginxWithTls1_FailsOneCheck()
    {
        var config = HostPaths.Default.NginxConfig;
        var original = File.ReadAllText(config);

        // Adding the protocol alone does not enable TLS 1.0. OpenSSL 3.0 allows TLS 1.0 and 1.1 only at security
        // level 0, because their handshake signatures use MD5 and SHA-1, and every suite of the policy is a TLS 1.2
        // AEAD one. So the weakened config also lowers the security level and adds one suite TLS 1.0 can use.
        var weakened = TextEdit.ReplaceOnce(Protocols(), original, "ssl_protocols TLSv1 TLSv1.2 TLSv1.3;", config);
        weakened = TextEdit.ReplaceOnce(Ciphers(), weakened, "ssl_ciphers $1:ECDHE-RSA-AES128-SHA:@SECLEVEL=0;", config);
        try
        {
            File.WriteAllText(config, weakened);
            ReloadNginx();

            var (exitCode, rows, output) = box.Verify();

            Assert.True(exitCode == 1, output);
            var failed = rows.Where(row => row.Status == nameof(VerifyStatus.Fail)).ToList();
            var row = Assert.Single(failed);
            Assert.Equal("tls.443.TLSv1", row.Id);
            Assert.Contains("TLSv1 was negotiated", row.Detail, StringComparison.Ordinal);
        }
        finally
        {
            File.WriteAllText(config, original);
            ReloadNginx();
        }
    }

    private static void ReloadNginx()
    {
        var reload = ProcessRunner.Run("service", ["nginx", "reload"], TimeSpan.FromSeconds(60));
        Assert.True(reload.ExitCode == 0, "service nginx reload failed: " + reload.All);
    }

    [GeneratedRegex(@"ssl_protocols TLSv1\.2 TLSv1\.3;")]
    private static partial Regex Protocols();

    [GeneratedRegex(@"ssl_ciphers ([^;\n]+);")]
    private static partial Regex Ciphers();
}
