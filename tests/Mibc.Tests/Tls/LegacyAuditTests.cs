using Mibc.Language.Tls;
using Mibc.Tests.Support;

namespace Mibc.Tests.Tls;

/// <summary>The cipher rules' data on OpenSSL 1.0.1, which no target ships but old servers still run.</summary>
public sealed class LegacyAuditTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private static readonly string[] LegacyExportSuites =
        [.. OpenSslCipherCatalog.For(OpenSslVersion.V1_0_1).Suites.Where(suite => suite.IsExport).Select(suite => suite.OpenSslName)];

    [Fact]
    public void CiphersCommandNamesEachExportSuite()
    {
        var result = MibcProcess.Run(RepositoryPaths.Root, Timeout, "ciphers", "ALL:EXPORT", "--openssl", "1.0.1");

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(LegacyExportSuites);
        var lines = result.Output.Split('\n');
        foreach (var name in LegacyExportSuites)
        {
            var line = Assert.Single(lines, line => line.StartsWith(name + " ", StringComparison.Ordinal));
            Assert.Contains("weak: export", line, StringComparison.Ordinal);
        }

        Assert.Equal(LegacyExportSuites.Length, lines.Count(line => line.Contains("weak: export", StringComparison.Ordinal)));
    }

    [Fact]
    public void ExportFindingNamesEachExportSuite()
    {
        var model = TlsBoxes.Model("tls { protocols = [tls1, tls1_2]  ciphers = \"ALL:EXPORT\" }");

        var legacy = EffectiveTls.ForOpenSsl(model.Policy, OpenSslVersion.V1_0_1);
        var finding = Assert.Single(legacy.FindSuites((listener, suite) => suite.IsExport));

        Assert.Equal(LegacyExportSuites.Order(StringComparer.Ordinal), finding.Suites.Select(suite => suite.OpenSslName).Order(StringComparer.Ordinal));
        foreach (var name in LegacyExportSuites)
        {
            Assert.Contains(name, finding.SuiteNames, StringComparison.Ordinal);
        }

        Assert.Equal("ciphers = \"ALL:EXPORT\"", finding.Setting);
        Assert.Equal("submission (587), submissions (465), imaps (993), pop3s (995) and https (443)", finding.ListenerNames);
    }

    [Fact]
    public void TargetOpenSslHasNoExportSuites()
    {
        var model = TlsBoxes.Model("tls { protocols = [tls1, tls1_2]  ciphers = \"ALL:!aNULL\" }");

        var target = EffectiveTls.For(model);

        Assert.Empty(target.FindSuites((listener, suite) => suite.IsExport));
        Assert.All(target.Listeners, listener => Assert.Equal(OpenSslVersion.V3_0, listener.OpenSsl));
    }

    [Theory]
    [InlineData("RC4")]
    [InlineData("DES")]
    [InlineData("LOW")]
    public void LegacyWeakSuitesAreFound(string alias)
    {
        var model = TlsBoxes.Model($"tls {{ protocols = [tls1, tls1_2]  ciphers = \"HIGH:{alias}\" }}");
        var expected = CipherStringEvaluator.Evaluate(alias, OpenSslVersion.V1_0_1).Suites;

        var legacy = EffectiveTls.ForOpenSsl(model.Policy, OpenSslVersion.V1_0_1);
        var finding = Assert.Single(legacy.FindSuites((listener, suite) => (CipherWeaknesses.Of(suite) & (CipherWeakness.Rc4 | CipherWeakness.SingleDes)) != 0));

        Assert.NotEmpty(expected);
        Assert.All(expected, suite => Assert.Contains(suite, finding.Suites));
    }
}
