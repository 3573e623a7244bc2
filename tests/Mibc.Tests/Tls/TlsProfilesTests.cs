using Mibc.Language.Tls;

namespace Mibc.Tests.Tls;

public sealed class TlsProfilesTests
{
    [Theory]
    [InlineData("mozilla_modern")]
    [InlineData("mozilla_intermediate")]
    [InlineData("mozilla_old")]
    public void TryGetFindsProfile(string name)
    {
        Assert.True(TlsProfiles.TryGet(name, out var profile));
        Assert.Equal(name, profile.Name);
    }

    [Fact]
    public void TryGetRejectsUnknownName()
    {
        Assert.False(TlsProfiles.TryGet("Mozilla_Modern", out _));
    }

    [Fact]
    public void NamesAreUnique()
    {
        Assert.Equal(TlsProfiles.All.Length, TlsProfiles.All.Select(profile => profile.Name).Distinct().Count());
    }

    [Fact]
    public void IntermediateExpandsToItsNamedSuites()
    {
        var profile = TlsProfiles.MozillaIntermediate;

        var expansion = CipherStringEvaluator.Evaluate(profile.CipherString!, OpenSslVersion.V3_0);

        Assert.Empty(expansion.Diagnostics);
        Assert.Equal(profile.CipherString!.Split(':'), expansion.Suites.Select(suite => suite.OpenSslName));
    }

    [Fact]
    public void OldNeedsTripleDesMissingFrom30()
    {
        var expansion = CipherStringEvaluator.Evaluate(TlsProfiles.MozillaOld.CipherString!, OpenSslVersion.V3_0);

        var diagnostic = Assert.Single(expansion.Diagnostics);
        Assert.Equal(CipherStringDiagnosticKind.UnavailableName, diagnostic.Kind);
        Assert.Equal("DES-CBC3-SHA", expansion.CipherString.Substring(diagnostic.Offset, diagnostic.Length));
    }

    [Fact]
    public void ModernHasNoCipherStringBelowTls13()
    {
        Assert.Null(TlsProfiles.MozillaModern.CipherString);
        Assert.Equal([TlsProtocol.TLSv1_3], TlsProfiles.MozillaModern.Protocols.AsEnumerable());
    }

    [Theory]
    [InlineData("mozilla_modern")]
    [InlineData("mozilla_intermediate")]
    [InlineData("mozilla_old")]
    public void Tls13SuitesParseCleanly(string name)
    {
        TlsProfiles.TryGet(name, out var profile);

        var list = Tls13CipherSuiteList.Parse(profile!.Tls13CipherSuites, OpenSslVersion.V3_0);

        Assert.Empty(list.Diagnostics);
        Assert.Equal(3, list.Suites.Length);
    }

    [Fact]
    public void DhSizeMatchesDheUse()
    {
        foreach (var profile in TlsProfiles.All.Where(profile => profile.CipherString is not null))
        {
            var usesDhe = CipherStringEvaluator.Evaluate(profile.CipherString!, OpenSslVersion.V3_0).Suites
                .Any(suite => suite.KeyExchange == KeyExchange.Dhe);
            Assert.True(!usesDhe || profile.DhParameterBits is not null, profile.Name);
        }
    }

    [Fact]
    public void WithOverridesOneSetting()
    {
        var profile = TlsProfiles.MozillaIntermediate with { DhParameterBits = 3072 };

        Assert.Equal(3072, profile.DhParameterBits);
        Assert.Equal(2048, TlsProfiles.MozillaIntermediate.DhParameterBits);
        Assert.Equal(TlsProfiles.MozillaIntermediate.CipherString, profile.CipherString);
    }

    [Fact]
    public void PostQuantumGroupNeedsNewerOpenSsl()
    {
        Assert.False(NamedGroups.X25519MlKem768.SupportedByOpenSsl30);
        Assert.True(NamedGroups.X25519.SupportedByOpenSsl30);
    }
}
