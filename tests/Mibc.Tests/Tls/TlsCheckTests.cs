using Mibc.Language.Diagnostics;

namespace Mibc.Tests.Tls;

public sealed class TlsCheckTests
{
    [Fact]
    public void UnknownAliasPointsInsideString()
    {
        var result = TlsBoxes.Check("tls { ciphers = \"HIGH:HIHG:!aNULL\" }");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.InvalidCipherString.Code, error.Code);
        Assert.Equal(TlsBoxes.PolicyLine, error.Location.StartLine);
        Assert.Equal(23, error.Location.StartColumn);
        Assert.Equal(27, error.Location.EndColumn);
        Assert.Contains("no cipher matches 'HIHG'", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'HIGH'", error.Message, StringComparison.Ordinal);
        Assert.Contains("OpenSSL 3.0 (debian_12)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EscapesShiftColumns()
    {
        // \\ is two characters in the file but one in the value, so the bad part starts one column later.
        var result = TlsBoxes.Check("tls { ciphers = \"HIGH\\\\:FOO\" }");

        var errors = result.Diagnostics.Where(diagnostic => diagnostic.Code == DiagnosticCatalog.InvalidCipherString.Code).ToList();
        var invalid = Assert.Single(errors);
        Assert.Equal(22, invalid.Location.StartColumn);
        Assert.Equal(24, invalid.Location.EndColumn);
        Assert.Contains("invalid command", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyCipherStringMarksWholeLiteral()
    {
        var result = TlsBoxes.Check("tls { ciphers = \"\" }");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.InvalidCipherString.Code, error.Code);
        Assert.Equal(17, error.Location.StartColumn);
        Assert.Equal(19, error.Location.EndColumn);
        Assert.Contains("the cipher string is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StringSelectingNothingIsError()
    {
        var result = TlsBoxes.Check("listener \"imaps\" { tls { ciphers = \"RC4\" } }");

        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCatalog.InvalidCipherString.Code
            && diagnostic.Message.Contains("no cipher matches 'RC4'", StringComparison.Ordinal));
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void IgnoredAliasIsWarning()
    {
        var result = TlsBoxes.Check("tls { ciphers = \"ECDHE+AESGCM:!EXPORT\" }");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.IgnoredCipherStringPart.Code, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(32, warning.Location.StartColumn);
        Assert.NotNull(result.Model);
    }

    [Fact]
    public void Tls12SuiteInCiphersuitesIsError()
    {
        var result = TlsBoxes.Check("tls { ciphersuites = \"TLS_AES_128_GCM_SHA256:TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\" }");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.InvalidCiphersuites.Code, error.Code);
        Assert.Equal(46, error.Location.StartColumn);
        Assert.Contains("ECDHE-RSA-AES128-GCM-SHA256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyCiphersuitesIsAllowed()
    {
        var result = TlsBoxes.Check("tls { ciphersuites = \"\" }");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void ControlCharacterInCipherStringIsError()
    {
        var result = TlsBoxes.Check("tls { ciphers = \"HIGH\\nsmtpd_tls_auth_only = no\" }");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.ControlCharacterInValue.Code, error.Code);
    }

    [Fact]
    public void UnknownListenerSuggestsName()
    {
        var result = TlsBoxes.Check("listener \"submision\" { }");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.UnknownEnumMember.Code, error.Code);
        Assert.Contains("did you mean 'submission'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnquotedListenerNameIsSyntaxError()
    {
        var result = TlsBoxes.Check("listener smtp { }");

        Assert.True(result.HasErrors);
        Assert.Null(result.Model?.Policy.FindListener(Mibc.Language.Model.Listener.Smtp));
    }

    [Fact]
    public void DuplicateListenerIsError()
    {
        var result = TlsBoxes.Check("listener \"smtp\" { }\nlistener \"smtp\" { tls { dh_bits = 4096 } }");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.DuplicateListener.Code, error.Code);
        Assert.Equal(TlsBoxes.PolicyLine + 1, error.Location.StartLine);
        Assert.Contains($"first at line {TlsBoxes.PolicyLine}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("imap = tls_only", "imap", "imap = starttls_required")]
    [InlineData("imap = off", "imaps", "imap = tls_only")]
    [InlineData("pop = off", "pop3", "pop = starttls_required")]
    [InlineData("pop = tls_only", "pop3", "pop = starttls_required")]
    public void UnservedListenerIsWarning(string mode, string listener, string fix)
    {
        var result = TlsBoxes.Check($"{mode}\nlistener \"{listener}\" {{ }}");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.ListenerNotServed.Code, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains($"set {fix}", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ServedPlaintextPortListenerIsQuiet()
    {
        var result = TlsBoxes.Check("imap = starttls_required\nlistener \"imap\" { tls { profile = mozilla_intermediate } }");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Tls12WithoutCiphersIsError()
    {
        var result = TlsBoxes.Check("tls { profile = mozilla_modern  protocols = [tls1_2, tls1_3] }");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.NoCipherForProtocol.Code, error.Code);
        Assert.Equal(46, error.Location.StartColumn);
        Assert.Contains("profile = mozilla_modern selects no suite", error.Message, StringComparison.Ordinal);
        Assert.Contains("on submission (587), submissions (465), imaps (993), pop3s (995) and https (443)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tls13OnlyNeedsNoOlderCiphers()
    {
        var result = TlsBoxes.Check("tls { profile = mozilla_modern }");

        Assert.Empty(result.Diagnostics);
    }
}
