using Mibc.Language.Tls;

namespace Mibc.Tests.Tls;

public sealed class Tls13CipherSuiteListTests
{
    [Fact]
    public void ParseKeepsWrittenOrder()
    {
        var list = Tls13CipherSuiteList.Parse("TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256", OpenSslVersion.V3_0);

        Assert.Equal(["TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_GCM_SHA256"], list.Suites.Select(suite => suite.IanaName));
        Assert.Empty(list.Diagnostics);
    }

    [Fact]
    public void EmptySettingIsValid()
    {
        var list = Tls13CipherSuiteList.Parse(string.Empty, OpenSslVersion.V3_0);

        Assert.Empty(list.Suites);
        Assert.Empty(list.Diagnostics);
    }

    [Fact]
    public void UnknownNameReportsOffset()
    {
        var list = Tls13CipherSuiteList.Parse("TLS_AES_128_GCM_SHA256: FOO", OpenSslVersion.V3_0);

        var diagnostic = Assert.Single(list.Diagnostics);
        Assert.Equal(CipherStringDiagnosticKind.UnknownName, diagnostic.Kind);
        Assert.Equal((24, 3), (diagnostic.Offset, diagnostic.Length));
        Assert.False(list.RejectedByOpenSsl);
    }

    [Fact]
    public void NoKnownNameFails()
    {
        var list = Tls13CipherSuiteList.Parse("FOO:BAR", OpenSslVersion.V3_0);

        Assert.True(list.RejectedByOpenSsl);
        Assert.Contains(list.Diagnostics, diagnostic => diagnostic.Kind == CipherStringDiagnosticKind.NoCipherMatch);
    }

    [Fact]
    public void Tls12SuiteIsLeftOut()
    {
        // NOTE: deliberate difference. OpenSSL 3.0 accepts a TLS 1.2 suite
        // here and offers it first; mibc reports it and leaves it out.
        var list = Tls13CipherSuiteList.Parse("TLS_AES_128_GCM_SHA256:TLS_RSA_WITH_AES_128_CBC_SHA", OpenSslVersion.V3_0);

        var diagnostic = Assert.Single(list.Diagnostics);
        Assert.Equal(CipherStringDiagnosticKind.NotATls13Suite, diagnostic.Kind);
        Assert.Equal((23, 28), (diagnostic.Offset, diagnostic.Length));
        Assert.Equal(["TLS_AES_128_GCM_SHA256"], list.Suites.Select(suite => suite.IanaName));
    }

    [Fact]
    public void Tls12SuiteIsAcceptedByOpenSsl()
    {
        var outcome = OpenSslCiphersCommand.RunCipherSuites(["TLS_RSA_WITH_AES_128_CBC_SHA"], []).Single();

        Assert.True(outcome.Succeeded);
        Assert.Equal("AES128-SHA", outcome.Lines.Single().Split(':')[0]);
    }

    [Fact]
    public void Release101HasNoTls13()
    {
        var list = Tls13CipherSuiteList.Parse("TLS_AES_128_GCM_SHA256", OpenSslVersion.V1_0_1);

        Assert.True(list.HasErrors);
        Assert.Empty(list.Suites);
    }
}
