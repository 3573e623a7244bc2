using System.Text.RegularExpressions;

namespace Mibc.Tests.DaemonTargets;

/// <summary>
/// The hostile-accepted sample served by the real daemons: logins with hostile passwords, the submission
/// rules, delivery over LMTP, DKIM signing, quotas, and the web server's answers.
/// </summary>
public sealed partial class LiveMailTests(HostileBoxFixture fixture) : IClassFixture<HostileBoxFixture>
{
    private const string Host = "mail.hostile.example";

    public static TheoryData<string> Users() => [.. HostileBoxFixture.Passwords.Keys];

    [Fact]
    public void Submission_OffersAuthOnlyAfterStartTls()
    {
        var plain = fixture.Dialog("smtp_plain 587 'EHLO probe.example' QUIT");
        var encrypted = fixture.Dialog("smtp_tls 587 yes 'EHLO probe.example' QUIT");

        Assert.Contains("250-STARTTLS", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("AUTH", plain, StringComparison.Ordinal);
        Assert.Contains("250-AUTH PLAIN LOGIN", encrypted, StringComparison.Ordinal);
    }

    [Fact]
    public void Port25_NeverOffersAuth()
    {
        var plain = fixture.Dialog("smtp_plain 25 'EHLO probe.example' QUIT");
        var encrypted = fixture.Dialog("smtp_tls 25 yes 'EHLO probe.example' QUIT");

        Assert.Contains("250-STARTTLS", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("AUTH", plain, StringComparison.Ordinal);
        Assert.Contains("250 ", encrypted, StringComparison.Ordinal);
        Assert.DoesNotContain("AUTH", encrypted, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Users))]
    public void Imap_AcceptsHostilePassword(string user)
    {
        var response = MailDialog.PlainResponse(user, HostileBoxFixture.Passwords[user]);

        var output = fixture.Dialog($"imap_session 993 tls {MailDialog.Arguments("AUTHENTICATE PLAIN " + response, "LOGOUT")}");

        Assert.Matches(@"(?m)^a1 OK ", output);
    }

    [Fact]
    public void Imap_RejectsWrongPassword()
    {
        var response = MailDialog.PlainResponse("postmaster@hostile.example", "quote\"dollar");

        var output = fixture.Dialog($"imap_session 993 tls {MailDialog.Arguments("AUTHENTICATE PLAIN " + response, "LOGOUT")}");

        Assert.Matches(@"(?m)^a1 NO ", output);
    }

    // NOTE: Dovecot treats a client whose address equals the server's as secure and lets it log in without
    // TLS, so this client connects from a second loopback address of the sandbox's network namespace.
    [Theory]
    [InlineData("imap", 143, @"(?m)^< \* CAPABILITY .*\bLOGINDISABLED\b")]
    [InlineData("pop3", 110, @"(?m)^< SASL\r?$")]
    public void PlaintextPort_RefusesLoginBeforeStartTls(string scheme, int port, string noLoginCapability)
    {
        fixture.Sandbox.RunChecked("ip addr replace 192.0.2.1/32 dev lo && ip addr replace 192.0.2.2/32 dev lo");
        var user = "anna@xn--bcher-kva.example";

        var result = fixture.Sandbox.Run($"curl -sS -v --max-time 10 --interface 192.0.2.2 --user {HostSandbox.Quote(user + ":" + HostileBoxFixture.Passwords[user])} {scheme}://192.0.2.1:{port}/");

        Assert.Equal(67, result.ExitCode);
        Assert.Matches(noLoginCapability, result.All);
    }

    [Theory]
    [MemberData(nameof(Users))]
    public void Submissions_AcceptsHostilePassword(string user)
    {
        var response = MailDialog.PlainResponse(user, HostileBoxFixture.Passwords[user]);

        var output = fixture.Dialog($"smtp_tls 465 no {MailDialog.Arguments("EHLO probe.example", "AUTH PLAIN " + response, "QUIT")}");

        Assert.Contains("235 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasMail_ReachesEachUsersMaildir()
    {
        var marker = "alias-" + Guid.NewGuid().ToString("N");
        var message = $"From: <sender@elsewhere.example>\r\nTo: <team@hostile.example>\r\nSubject: {marker}\r\n\r\n{marker}\r\n.";

        var output = fixture.Dialog($"smtp_plain 25 {MailDialog.Arguments("EHLO sender.example", "MAIL FROM:<sender@elsewhere.example>", "RCPT TO:<team@hostile.example>", "DATA", message, "QUIT")}");

        Assert.Contains("250 2.0.0 Ok: queued", output, StringComparison.Ordinal);
        Assert.Contains(marker, fixture.WaitForMessage("hostile.example", "postmaster", marker), StringComparison.Ordinal);
        Assert.Contains(marker, fixture.WaitForMessage("hostile.example", "first.last+tag", marker), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownRecipient_IsRejected()
    {
        var output = fixture.Dialog($"smtp_plain 25 {MailDialog.Arguments("EHLO sender.example", "MAIL FROM:<sender@elsewhere.example>", "RCPT TO:<nobody@hostile.example>", "QUIT")}");

        Assert.Matches(@"(?m)^550 5\.1\.1 ", output);
    }

    [Fact]
    public void SubmittedMail_IsDkimSigned()
    {
        var user = "postmaster@hostile.example";
        var marker = "dkim-" + Guid.NewGuid().ToString("N");
        var message = $"From: <{user}>\r\nTo: <anna@xn--bcher-kva.example>\r\nSubject: {marker}\r\n\r\n{marker}\r\n.";

        var output = fixture.Dialog($"smtp_tls 465 no {MailDialog.Arguments("EHLO client.example", "AUTH PLAIN " + MailDialog.PlainResponse(user, HostileBoxFixture.Passwords[user]), $"MAIL FROM:<{user}>", "RCPT TO:<anna@xn--bcher-kva.example>", "DATA", message, "QUIT")}");
        var delivered = fixture.WaitForMessage("xn--bcher-kva.example", "anna", marker);

        Assert.Contains("250 2.0.0 Ok: queued", output, StringComparison.Ordinal);
        Assert.Matches(@"DKIM-Signature:[^\n]*(\n[ \t][^\n]*)*\bd=hostile\.example;", delivered);
        Assert.Matches(@"DKIM-Signature:[^\n]*(\n[ \t][^\n]*)*\bs=2024-01\.mail;", delivered);
    }

    [Fact]
    public void Submission_RejectsSenderTheLoginDoesNotOwn()
    {
        var user = "first.last+tag@hostile.example";

        var output = fixture.Dialog($"smtp_tls 587 yes {MailDialog.Arguments("EHLO client.example", "AUTH PLAIN " + MailDialog.PlainResponse(user, HostileBoxFixture.Passwords[user]), "MAIL FROM:<anna@xn--bcher-kva.example>", "RCPT TO:<postmaster@hostile.example>", "QUIT")}");

        Assert.Contains("235 ", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^553 5\.7\.1 .*not owned by user", output);
    }

    [Fact]
    public void Submission_AcceptsAliasTheLoginReceives()
    {
        var user = "first.last+tag@hostile.example";

        var output = fixture.Dialog($"smtp_tls 587 yes {MailDialog.Arguments("EHLO client.example", "AUTH PLAIN " + MailDialog.PlainResponse(user, HostileBoxFixture.Passwords[user]), "MAIL FROM:<team@hostile.example>", "RCPT TO:<postmaster@hostile.example>", "QUIT")}");

        Assert.Matches(@"(?m)^250 2\.1\.5 ", output);
    }

    [Theory]
    [InlineData("first.last+tag@hostile.example", "1048576")]
    [InlineData("anna@xn--bcher-kva.example", "524288")]
    public void Quota_ComesFromPasswdFile(string user, string kilobytes)
    {
        var output = fixture.Sandbox.RunChecked($"doveadm quota get -u {HostSandbox.Quote(user)}");

        Assert.Matches($@"(?m)^User quota STORAGE\s+\d+\s+{kilobytes}\s", output);
    }

    [Fact]
    public void Http_RedirectsToHttps()
    {
        var output = Curl($"-o /dev/null -w '%{{http_code}} %{{redirect_url}}' -H 'Host: {Host}' http://127.0.0.1/some/path");

        Assert.Equal($"301 https://{Host}/some/path", output);
    }

    [Fact]
    public void AcmeChallenge_IsServedOverHttp()
    {
        fixture.Sandbox.RunChecked("install -D -m 0644 /dev/stdin /var/www/acme/.well-known/acme-challenge/token-1 <<< 'challenge-answer'");

        var output = Curl($"-w ' %{{http_code}}' -H 'Host: {Host}' http://127.0.0.1/.well-known/acme-challenge/token-1");

        Assert.Equal("challenge-answer\n 200", output);
    }

    [Theory]
    [InlineData("/mail/config-v1.1.xml")]
    [InlineData("/no/such/page")]
    public void Https_SendsHsts(string path)
    {
        var headers = Curl($"-o /dev/null -D - --resolve {Host}:443:127.0.0.1 https://{Host}{path}");

        Assert.Matches(@"(?mi)^strict-transport-security: max-age=31536000\r?$", headers);
    }

    [Fact]
    public void Autoconfig_ListsImapAndSubmission()
    {
        var body = Curl("--resolve autoconfig.hostile.example:443:127.0.0.1 https://autoconfig.hostile.example/mail/config-v1.1.xml");

        Assert.Contains("<domain>hostile.example</domain>", body, StringComparison.Ordinal);
        Assert.Contains("<domain>xn--bcher-kva.example</domain>", body, StringComparison.Ordinal);
        Assert.Contains("<port>993</port>", body, StringComparison.Ordinal);
        Assert.Contains("<port>465</port>", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Autodiscover_AnswersPost()
    {
        var request = "<Autodiscover><Request><EMailAddress>anna@xn--bcher-kva.example</EMailAddress></Request></Autodiscover>";

        var output = Curl($"-w '\\n%{{http_code}}' -X POST --data {HostSandbox.Quote(request)} --resolve autodiscover.xn--bcher-kva.example:443:127.0.0.1 https://autodiscover.xn--bcher-kva.example/Autodiscover/Autodiscover.xml");

        Assert.EndsWith("\n200", output, StringComparison.Ordinal);
        Assert.Contains("<Type>IMAP</Type>", output, StringComparison.Ordinal);
        Assert.Contains($"<Server>{Host}</Server>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MtaSts_ServesPolicyFile()
    {
        const string policy = "version: STSv1\nmode: enforce\nmx: mail.hostile.example\nmax_age: 86400\n";
        fixture.Sandbox.RunChecked($"install -D -m 0644 /dev/stdin /var/www/mta-sts/.well-known/mta-sts.txt <<< {HostSandbox.Quote(policy.TrimEnd('\n'))}");

        var headers = Curl("-o /dev/null -D - --resolve mta-sts.hostile.example:443:127.0.0.1 https://mta-sts.hostile.example/.well-known/mta-sts.txt");
        var body = Curl("--resolve mta-sts.hostile.example:443:127.0.0.1 https://mta-sts.hostile.example/.well-known/mta-sts.txt");

        Assert.Matches(@"(?m)^HTTP/\S+ 200", headers);
        Assert.Matches(@"(?mi)^content-type: text/plain", headers);
        Assert.Equal(policy, body);
    }

    // The certificate is a throwaway self-signed one, so curl does not verify it (-k).
    private string Curl(string arguments) =>
        fixture.Sandbox.RunChecked($"curl -sS -k --max-time 10 {arguments}");
}
