using Mibc.Language.Tls;

namespace Mibc.Tests.Tls;

public sealed class OpenSslCipherCatalogTests
{
    [Theory]
    [InlineData(OpenSslVersion.V3_0)]
    [InlineData(OpenSslVersion.V1_0_1)]
    public void SuiteNamesAreUnique(OpenSslVersion version)
    {
        var suites = OpenSslCipherCatalog.For(version).Suites;

        Assert.Equal(suites.Length, suites.Select(suite => suite.OpenSslName).Distinct().Count());
        Assert.Equal(suites.Length, suites.Select(suite => suite.Code).Distinct().Count());
    }

    [Theory]
    [InlineData(OpenSslVersion.V3_0)]
    [InlineData(OpenSslVersion.V1_0_1)]
    public void EverySuiteHasIanaName(OpenSslVersion version)
    {
        Assert.All(OpenSslCipherCatalog.For(version).Suites, suite => Assert.StartsWith("TLS_", suite.IanaName));
    }

    [Fact]
    public void SharedSuitesAgreeAcrossReleases()
    {
        var modern = OpenSslCipherCatalog.For(OpenSslVersion.V3_0).Suites.ToDictionary(suite => suite.Code);

        foreach (var legacy in OpenSslCipherCatalog.For(OpenSslVersion.V1_0_1).Suites.Where(suite => modern.ContainsKey(suite.Code)))
        {
            var current = modern[legacy.Code];
            Assert.Equal(current.IanaName, legacy.IanaName);
            Assert.Equal((current.Encryption, current.Mac, current.StrengthBits), (legacy.Encryption, legacy.Mac, legacy.StrengthBits));
        }
    }

    [Fact]
    public void Release30HasNoWeakSuites()
    {
        var weak = OpenSslCipherCatalog.For(OpenSslVersion.V3_0).Suites
            .Where(suite => suite.Encryption is Encryption.Rc4 or Encryption.Des or Encryption.TripleDes || suite.IsExport);

        Assert.Empty(weak);
    }

    [Fact]
    public void Release101HasLegacySuites()
    {
        var suites = OpenSslCipherCatalog.For(OpenSslVersion.V1_0_1).Suites;

        Assert.Contains(suites, suite => suite.IsExport);
        Assert.Contains(suites, suite => suite.Encryption == Encryption.Rc4);
        Assert.Contains(suites, suite => suite.Encryption == Encryption.Des);
        Assert.Contains(suites, suite => suite.Encryption == Encryption.Null);
        Assert.Contains(suites, suite => suite.IsAnonymous);
    }

    [Fact]
    public void Tls13SuitesAreTls13Only()
    {
        var suites = OpenSslCipherCatalog.For(OpenSslVersion.V3_0).Tls13Suites;

        Assert.Equal(5, suites.Length);
        Assert.All(suites, suite => Assert.True(suite.IsTls13));
    }
}
