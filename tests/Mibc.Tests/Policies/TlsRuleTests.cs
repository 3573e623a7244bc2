using Mibc.Language.Diagnostics;
using Mibc.Tests.Support;

namespace Mibc.Tests.Policies;

/// <summary>The cipher rules MIB2201 to MIB2209 on boxes built from <see cref="PolicyWorkspace.BoxTemplate"/>, whose policy block starts at line 18.</summary>
public sealed class TlsRuleTests
{
    private const int PolicyLine = 18;

    [Fact]
    public void CheckFailsUnderSslv3()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("tls { protocols = [sslv3, tls1_2] }");
        var environment = new Dictionary<string, string> { ["MIBC_CACHE_DIR"] = workspace.CacheDirectory };

        var result = MibcProcess.Run(workspace.Root, TimeSpan.FromMinutes(2), environment, [], "check", "box.mib");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"box.mib({PolicyLine},20): error MIB2201: sslv3 enables SSLv3 on every listener", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sslv3IsErrorAtItsPosition()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("tls { protocols = [tls1_2, sslv3] }");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("MIB2201", finding.Code);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal(PolicyLine, finding.Location.StartLine);
        Assert.Equal(28, finding.Location.StartColumn);
        Assert.Equal(33, finding.Location.EndColumn);
        Assert.Contains("set protocols = [tls1_2, tls1_3]", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SslOnOpportunisticListenerIsWarning()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("listener \"smtp\" { tls { protocols = [sslv3, tls1, tls1_2] } }");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("MIB2201", finding.Code);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("on smtp (25)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeprecatedProtocolWarnsOnMandatoryListeners()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("tls { protocols = [tls1_1, tls1_2, tls1_3] }");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("MIB2202", finding.Code);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal(20, finding.Location.StartColumn);
        Assert.Contains("TLSv1.1 on submission (587), submissions (465), imaps (993), pop3s (995) and https (443)", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("smtp (25)", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("outbound_smtp", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeprecatedProtocolIsSilentOnSmtp()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("listener \"smtp\" { tls { protocols = [tls1, tls1_1, tls1_2] } }\nlistener \"outbound_smtp\" { tls { protocols = [tls1, tls1_2] } }");

        Assert.Empty(workspace.Check());
    }

    [Fact]
    public void AnonymousSuitesFailMandatoryListeners()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("tls { ciphers = \"ECDHE-RSA-AES128-GCM-SHA256:ADH-AES128-GCM-SHA256\" }");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("MIB2204", finding.Code);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal(17, finding.Location.StartColumn);
        Assert.Contains("anonymous suites ADH-AES128-GCM-SHA256 on", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("suites ECDHE", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnonymousSuitesAreSilentOnSmtp()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("listener \"smtp\" { tls { ciphers = \"HIGH\" } }");

        Assert.Empty(workspace.Check());
    }

    [Fact]
    public void NullEncryptionOnSmtpIsWarning()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("listener \"smtp\" { tls { ciphers = \"HIGH:NULL-SHA256\" } }");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("MIB2205", finding.Code);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("unencrypted suites NULL-SHA256 on smtp (25)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullEncryptionSharedWithMandatoryIsError()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("tls { ciphers = \"ECDHE+AESGCM:NULL-SHA256\" }");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("MIB2205", finding.Code);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Contains("on submission (587), submissions (465), imaps (993), pop3s (995) and https (443)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeakDhWithDheSuitesIsError()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("tls { ciphers = \"ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256\"  dh_bits = 1024 }\nlistener \"smtp\" { tls { ciphers = \"ECDHE+AESGCM\" } }");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("MIB2209", finding.Code);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal(84, finding.Location.StartColumn);
        Assert.Contains("1024-bit DH parameters for the DHE suites DHE-RSA-AES128-GCM-SHA256,", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("dh_bits = 1024 gives submission (587),", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeakDhWithoutDheSuitesIsQuiet()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("tls { dh_bits = 1024 }\nlistener \"smtp\" { tls { ciphers = \"ECDHE+AESGCM\" } }");

        Assert.Empty(workspace.Check());
    }

    [Fact]
    public void WeakDhOnlyOnSmtpWarns()
    {
        // The box-wide ciphers have no DHE suite, but port 25's opportunistic default cipher list has.
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("tls { dh_bits = 1024 }");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("MIB2209", finding.Code);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.StartsWith("dh_bits = 1024 gives smtp (25) 1024-bit DH parameters", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OldProfileReportsAtProfile()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("listener \"https\" { tls { profile = mozilla_old } }");

        var findings = workspace.Check().OrderBy(diagnostic => diagnostic.Code, StringComparer.Ordinal).ToList();

        Assert.Equal(["MIB2202", "MIB2209"], findings.Select(diagnostic => diagnostic.Code));
        Assert.All(findings, finding => Assert.Equal(36, finding.Location.StartColumn));
        Assert.Contains("profile = mozilla_old enables TLSv1 and TLSv1.1 on https (443)", findings[0].Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, findings[1].Severity);
    }

    [Fact]
    public void OldProfileOnSmtpOnlyWarns()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("listener \"smtp\" { tls { profile = mozilla_old  dh_bits = 2048 } }");

        Assert.Empty(workspace.Check());
    }

    [Fact]
    public void RuleLevelAppliesBelowCap()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("tls { protocols = [sslv3, tls1_2] }\nrules { tls-ssl-protocol = info }");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("MIB2201", finding.Code);
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
    }

    [Fact]
    public void ErrorLevelCannotRaiseOpportunisticFinding()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("listener \"smtp\" { tls { protocols = [sslv3, tls1_2] } }\nrules { MIB2201 = error }");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void SuppressionHidesListenerFinding()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("# mibc-disable-next-line MIB2201: a test relay that only speaks SSLv3, on a private network\nlistener \"smtp\" { tls { protocols = [sslv3, tls1_2] } }");

        Assert.Empty(workspace.Check());
    }
}
