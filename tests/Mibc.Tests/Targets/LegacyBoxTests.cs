namespace Mibc.Tests.DaemonTargets;

/// <summary>The settings security rules flag still work as documented: TLS 1.0, AUTH before STARTTLS, plaintext logins.</summary>
public sealed class LegacyBoxTests(LegacyBoxFixture fixture) : IClassFixture<LegacyBoxFixture>
{
    [Fact]
    public void LegacyProfile_NegotiatesTls10OnMandatoryListeners()
    {
        Assert.Empty(LiveTlsTests.Mismatches(fixture.Box));
    }

    [Fact]
    public void OptionalStartTls_OffersAuthBeforeStartTls()
    {
        var output = fixture.Box.Sandbox.RunChecked(MailDialog.Script("smtp_plain 587 'EHLO probe.example' QUIT"));

        Assert.Contains("250-STARTTLS", output, StringComparison.Ordinal);
        Assert.Contains("250-AUTH PLAIN LOGIN", output, StringComparison.Ordinal);
    }

    // NOTE: Dovecot treats a client whose address equals the server's as secure, so this client connects
    // from a second loopback address, as in LiveMailTests.
    [Theory]
    [InlineData("imap", 143)]
    [InlineData("pop3", 110)]
    public void PlaintextAllowed_AcceptsLoginWithoutTls(string scheme, int port)
    {
        var sandbox = fixture.Box.Sandbox;
        sandbox.RunChecked("ip addr replace 192.0.2.1/32 dev lo && ip addr replace 192.0.2.2/32 dev lo");

        var result = sandbox.Run($"curl -sS --max-time 10 --interface 192.0.2.2 --user {HostSandbox.Quote(LegacyBoxFixture.User + ":" + LegacyBoxFixture.Password)} {scheme}://192.0.2.1:{port}/");

        Assert.True(result.ExitCode == 0, result.All);
    }
}
