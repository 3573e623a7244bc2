using Mibc.Language.Tls;

namespace Mibc.Tests.Tls;

public sealed class CipherStringEvaluatorTests
{
    private static CipherStringExpansion Evaluate30(string text) => CipherStringEvaluator.Evaluate(text, OpenSslVersion.V3_0);

    private static CipherStringExpansion Evaluate101(string text) => CipherStringEvaluator.Evaluate(text, OpenSslVersion.V1_0_1);

    private static List<string> Names(CipherStringExpansion expansion) => [.. expansion.Suites.Select(suite => suite.OpenSslName)];

    [Fact]
    public void HighWithoutAnonymousMatchesOpenSsl()
    {
        var expected = OpenSslCiphersCommand.Run(["HIGH:!aNULL:!MD5"], ["-ciphersuites", ""]).Single();

        var expansion = Evaluate30("HIGH:!aNULL:!MD5");

        Assert.True(expected.Succeeded);
        Assert.Equal(expected.Lines.Single().Split(':'), Names(expansion));
    }

    [Fact]
    public void AllExportOn101ListsEveryExportSuite()
    {
        var exportSuites = OpenSslCipherCatalog.For(OpenSslVersion.V1_0_1).Suites.Where(suite => suite.IsExport).ToList();

        var expansion = Evaluate101("ALL:EXPORT");

        Assert.NotEmpty(exportSuites);
        Assert.All(exportSuites, suite => Assert.Contains(suite, expansion.Suites));
    }

    [Fact]
    public void ExportOn101SelectsOnlyExportSuites()
    {
        var expansion = Evaluate101("EXPORT");

        Assert.NotEmpty(expansion.Suites);
        Assert.All(expansion.Suites, suite => Assert.True(suite.IsExport, suite.OpenSslName));
    }

    [Fact]
    public void ExportOn30IsIgnoredWithWarning()
    {
        var expansion = Evaluate30("HIGH:EXPORT");

        var diagnostic = Assert.Single(expansion.Diagnostics);
        Assert.Equal(CipherStringDiagnosticKind.UnavailableName, diagnostic.Kind);
        Assert.Equal(CipherStringSeverity.Warning, diagnostic.Severity);
        Assert.Equal((5, 6), (diagnostic.Offset, diagnostic.Length));
        Assert.Equal(Names(Evaluate30("HIGH")), Names(expansion));
    }

    [Theory]
    [InlineData(OpenSslVersion.V3_0)]
    [InlineData(OpenSslVersion.V1_0_1)]
    public void StrengthSortsByDescendingBits(OpenSslVersion version)
    {
        var expansion = CipherStringEvaluator.Evaluate("ALL:COMPLEMENTOFALL:+aRSA:@STRENGTH", version);

        var bits = expansion.Suites.Select(suite => suite.StrengthBits).ToList();
        Assert.Equal(bits.OrderByDescending(value => value), bits);
    }

    [Theory]
    [InlineData(OpenSslVersion.V3_0)]
    [InlineData(OpenSslVersion.V1_0_1)]
    public void StrengthKeepsOrderOfEqualSuites(OpenSslVersion version)
    {
        var before = CipherStringEvaluator.Evaluate("ALL:+aRSA", version).Suites;

        var after = CipherStringEvaluator.Evaluate("ALL:+aRSA:@STRENGTH", version).Suites;

        foreach (var bits in before.Select(suite => suite.StrengthBits).Distinct())
        {
            Assert.Equal(before.Where(suite => suite.StrengthBits == bits), after.Where(suite => suite.StrengthBits == bits));
        }
    }

    [Theory]
    [InlineData(OpenSslVersion.V3_0)]
    [InlineData(OpenSslVersion.V1_0_1)]
    public void DeletedSuitesCanComeBack(OpenSslVersion version)
    {
        var expansion = CipherStringEvaluator.Evaluate("ALL:-kRSA:kRSA", version);

        var rsaSuites = expansion.Suites.Where(suite => suite.KeyExchange == KeyExchange.Rsa).ToList();
        Assert.NotEmpty(rsaSuites);
        Assert.Equal(rsaSuites, expansion.Suites.TakeLast(rsaSuites.Count));
    }

    [Theory]
    [InlineData(OpenSslVersion.V3_0)]
    [InlineData(OpenSslVersion.V1_0_1)]
    public void KilledSuitesStayOut(OpenSslVersion version)
    {
        var expansion = CipherStringEvaluator.Evaluate("ALL:!kRSA:kRSA:AES128-SHA", version);

        Assert.NotEmpty(expansion.Suites);
        Assert.DoesNotContain(expansion.Suites, suite => suite.KeyExchange == KeyExchange.Rsa);
    }

    [Theory]
    [InlineData(OpenSslVersion.V3_0)]
    [InlineData(OpenSslVersion.V1_0_1)]
    public void DeleteKeepsRelativeOrderForReAdd(OpenSslVersion version)
    {
        var all = CipherStringEvaluator.Evaluate("ALL", version).Suites;

        var readded = CipherStringEvaluator.Evaluate("ALL:-kRSA:kRSA", version).Suites;

        // kRSA also selects the NULL suites that ALL leaves out; they follow.
        Assert.Equal(
            all.Where(suite => suite.KeyExchange == KeyExchange.Rsa),
            readded.Where(suite => suite.KeyExchange == KeyExchange.Rsa && suite.Encryption != Encryption.Null));
    }

    [Fact]
    public void PlusMovesSuitesToEnd()
    {
        var expansion = Evaluate30("ALL:COMPLEMENTOFALL:+aNULL");

        var anonymous = expansion.Suites.Count(suite => suite.IsAnonymous);
        Assert.NotEqual(0, anonymous);
        Assert.All(expansion.Suites.TakeLast(anonymous), suite => Assert.True(suite.IsAnonymous, suite.OpenSslName));
    }

    [Fact]
    public void PlusInsideEntryIntersects()
    {
        var expansion = Evaluate30("ECDHE+AESGCM");

        Assert.NotEmpty(expansion.Suites);
        Assert.All(expansion.Suites, suite => Assert.Equal(KeyExchange.Ecdhe, suite.KeyExchange));
        Assert.All(expansion.Suites, suite => Assert.True((suite.Encryption & (Encryption.Aes128Gcm | Encryption.Aes256Gcm)) != 0));
    }

    [Fact]
    public void SeparatorsAreInterchangeable()
    {
        var colons = Names(Evaluate30("ECDHE+AESGCM:DHE+AESGCM:!aNULL"));

        Assert.Equal(colons, Names(Evaluate30("ECDHE+AESGCM,DHE+AESGCM !aNULL")));
        Assert.Equal(colons, Names(Evaluate30("ECDHE+AESGCM;DHE+AESGCM:!aNULL")));
    }

    [Fact]
    public void ExplicitSuitesKeepWrittenOrder()
    {
        var expansion = Evaluate30("AES128-SHA:ECDHE-RSA-AES256-GCM-SHA384:AES128-SHA");

        Assert.Equal(["AES128-SHA", "ECDHE-RSA-AES256-GCM-SHA384"], Names(expansion));
    }

    [Fact]
    public void UnknownNameIsErrorOpenSslIgnores()
    {
        // NOTE: deliberate difference. OpenSSL skips the unknown word and
        // accepts the string; mibc reports an error but lists what OpenSSL
        // would list.
        var expansion = Evaluate30("HIGH:FOO");

        var diagnostic = Assert.Single(expansion.Diagnostics);
        Assert.Equal(CipherStringDiagnosticKind.UnknownName, diagnostic.Kind);
        Assert.Equal(CipherStringSeverity.Error, diagnostic.Severity);
        Assert.Equal((5, 3), (diagnostic.Offset, diagnostic.Length));
        Assert.Equal("no cipher matches 'FOO'", diagnostic.Message);
        Assert.False(expansion.RejectedByOpenSsl);
        Assert.Equal(Names(Evaluate30("HIGH")), Names(expansion));
    }

    [Fact]
    public void LowerCaseAliasSuggestsName()
    {
        var diagnostic = Assert.Single(Evaluate30("ALL:high").Diagnostics);

        Assert.Equal((4, 4), (diagnostic.Offset, diagnostic.Length));
        Assert.Contains("'HIGH'", diagnostic.Message);
    }

    [Fact]
    public void IanaNameSuggestsOpenSslName()
    {
        var diagnostic = Assert.Single(Evaluate30("HIGH:TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256").Diagnostics);

        Assert.Equal((5, 37), (diagnostic.Offset, diagnostic.Length));
        Assert.Contains("'ECDHE-RSA-AES128-GCM-SHA256'", diagnostic.Message);
    }

    [Theory]
    [InlineData("HIGH/MEDIUM", 4, 1)]
    [InlineData("RSA+", 4, 0)]
    [InlineData("HIGH:-", 6, 0)]
    [InlineData("HIGH:@FOO", 5, 4)]
    [InlineData("HIGH:@SECLEVEL=6", 5, 11)]
    public void InvalidCommandFailsAtOffset(string text, int offset, int length)
    {
        var expansion = Evaluate30(text);

        var diagnostic = Assert.Single(expansion.Diagnostics);
        Assert.Equal(CipherStringDiagnosticKind.InvalidCommand, diagnostic.Kind);
        Assert.Equal((offset, length), (diagnostic.Offset, diagnostic.Length));
        Assert.StartsWith("invalid command", diagnostic.Message);
        Assert.True(expansion.RejectedByOpenSsl);
        Assert.Empty(expansion.Suites);
    }

    [Fact]
    public void InvalidCommandFailsIn101()
    {
        var expansion = Evaluate101("HIGH/MEDIUM");

        var diagnostic = Assert.Single(expansion.Diagnostics);
        Assert.Equal(CipherStringDiagnosticKind.InvalidCommand, diagnostic.Kind);
        Assert.Equal((4, 1), (diagnostic.Offset, diagnostic.Length));
        Assert.Empty(expansion.Suites);
    }

    [Fact]
    public void ExpansionLeavesOutTls13Suites()
    {
        // NOTE: deliberate difference. openssl ciphers lists the TLS 1.3
        // suites first unless -ciphersuites "" is given; Tls13CipherSuiteList
        // covers them.
        var expansion = Evaluate30("ALL:COMPLEMENTOFALL");

        Assert.NotEmpty(expansion.Suites);
        Assert.DoesNotContain(expansion.Suites, suite => suite.IsTls13);
    }

    [Theory]
    [InlineData("")]
    [InlineData("!ALL")]
    [InlineData("aNULL:!aNULL")]
    public void EmptyResultFailsOverWholeString(string text)
    {
        var expansion = Evaluate30(text);

        var diagnostic = Assert.Single(expansion.Diagnostics);
        Assert.Equal(CipherStringDiagnosticKind.NoCipherMatch, diagnostic.Kind);
        Assert.Equal((0, text.Length), (diagnostic.Offset, diagnostic.Length));
        Assert.StartsWith("no cipher matches", diagnostic.Message);
    }

    [Fact]
    public void SecurityLevelIsRecorded()
    {
        var expansion = Evaluate30("HIGH:@SECLEVEL=3:@SECLEVEL=4");

        Assert.Equal(4, expansion.SecurityLevel);
        Assert.Equal(Names(Evaluate30("HIGH")), Names(expansion));
    }

    [Fact]
    public void SecurityLevelIsInvalidIn101()
    {
        var expansion = Evaluate101("HIGH:@SECLEVEL=2");

        // 1.0.1 does not allow '=' in names, so the command it reads is "@SECLEVEL".
        var diagnostic = Assert.Single(expansion.Diagnostics);
        Assert.Equal(CipherStringDiagnosticKind.InvalidCommand, diagnostic.Kind);
        Assert.Equal((5, 9), (diagnostic.Offset, diagnostic.Length));
    }

    [Fact]
    public void DefaultAwayFromStartIsIgnored()
    {
        var expansion = Evaluate30("HIGH:DEFAULT");

        var diagnostic = Assert.Single(expansion.Diagnostics);
        Assert.Equal(CipherStringDiagnosticKind.IgnoredText, diagnostic.Kind);
        Assert.Equal((5, 7), (diagnostic.Offset, diagnostic.Length));
        Assert.Equal(Names(Evaluate30("HIGH")), Names(expansion));
    }

    [Fact]
    public void DefaultPrefixExpandsDefaultList()
    {
        var viaKeyword = Names(Evaluate30("DEFAULT:!kRSA"));

        var spelledOut = Names(Evaluate30("ALL:!COMPLEMENTOFDEFAULT:!eNULL:!kRSA"));

        Assert.Equal(spelledOut, viaKeyword);
    }

    [Fact]
    public void SuiteBReplacesRestWithWarning()
    {
        var expansion = Evaluate30("SUITEB128:!ECDSA");

        var diagnostic = Assert.Single(expansion.Diagnostics);
        Assert.Equal(CipherStringDiagnosticKind.IgnoredText, diagnostic.Kind);
        Assert.Equal((9, 7), (diagnostic.Offset, diagnostic.Length));
        Assert.Equal(["ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384"], Names(expansion));
    }

    [Fact]
    public void ExclusiveCombinationWarns()
    {
        var expansion = Evaluate30("HIGH:RSA+DHE");

        var diagnostic = Assert.Single(expansion.Diagnostics);
        Assert.Equal(CipherStringDiagnosticKind.EmptyCombination, diagnostic.Kind);
        Assert.Equal((5, 7), (diagnostic.Offset, diagnostic.Length));
    }

    [Fact]
    public void NotDefaultDroppedAfterStrengthClass()
    {
        // OpenSSL 3.0 overwrites the NotDefault flag when a later part sets a
        // strength class, so this selects every HIGH suite.
        Assert.Equal(Names(Evaluate30("HIGH")), Names(Evaluate30("COMPLEMENTOFDEFAULT+HIGH")));
    }

    [Fact]
    public void Tls1AliasCoversSslv3In101()
    {
        // 1.0.1 gives TLS 1.0 and SSL 3.0 the same protocol bit.
        Assert.Equal(Names(Evaluate101("SSLv3")), Names(Evaluate101("TLSv1")));
    }

    [Fact]
    public void Tls1AliasExcludesSslv3In30()
    {
        var expansion = Evaluate30("TLSv1");

        Assert.NotEmpty(expansion.Suites);
        Assert.All(expansion.Suites, suite => Assert.Equal(TlsProtocol.TLSv1, suite.MinProtocol));
    }

    [Fact]
    public void Defaults101ExcludeAnonymousAndNull()
    {
        var expansion = Evaluate101("DEFAULT");

        Assert.NotEmpty(expansion.Suites);
        Assert.DoesNotContain(expansion.Suites, suite => suite.IsAnonymous || suite.Encryption == Encryption.Null);
        Assert.Contains(expansion.Suites, suite => suite.IsExport);
    }
}
