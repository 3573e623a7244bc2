using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Tests.Tls;

public sealed class EffectiveTlsTests
{
    [Fact]
    public void DefaultBoxServesItsListeners()
    {
        var tls = EffectiveTls.For(TlsBoxes.Model(""));

        Assert.Equal(
            [Listener.Smtp, Listener.Submission, Listener.Submissions, Listener.Imaps, Listener.Pop3s, Listener.Https, Listener.OutboundSmtp],
            tls.Listeners.Select(listener => listener.Listener));
    }

    [Fact]
    public void DefaultIsIntermediateOnMandatoryListeners()
    {
        var tls = EffectiveTls.For(TlsBoxes.Model(""));

        foreach (var listener in tls.Listeners.Where(listener => listener.Strictness == ListenerStrictness.Mandatory))
        {
            Assert.Equal("mozilla_intermediate", listener.Profile.Value);
            Assert.True(listener.Profile.IsDefault);
            Assert.Equal([TlsProtocol.TLSv1_2, TlsProtocol.TLSv1_3], listener.Protocols.Select(protocol => protocol.Value));
            Assert.Equal(TlsProfiles.MozillaIntermediate.CipherString, listener.CipherString!.Value);
            Assert.Equal(TlsProfiles.MozillaIntermediate.CipherString!.Split(':'), listener.EnabledTls12Suites.Select(suite => suite.OpenSslName));
            Assert.Equal(OpenSslVersion.V3_0, listener.OpenSsl);
            Assert.Equal(2048, listener.DhBits!.Value);
        }
    }

    [Fact]
    public void OpportunisticListenersWidenTheDefault()
    {
        var tls = EffectiveTls.For(TlsBoxes.Model(""));

        foreach (var listener in tls.Listeners.Where(listener => listener.Strictness == ListenerStrictness.Opportunistic))
        {
            Assert.Equal(
                [TlsProtocol.TLSv1, TlsProtocol.TLSv1_1, TlsProtocol.TLSv1_2, TlsProtocol.TLSv1_3],
                listener.Protocols.Select(protocol => protocol.Value));
            Assert.All(listener.Protocols.Take(2), protocol => Assert.True(protocol.IsDefault));
            Assert.Equal(OpportunisticDefaults.CipherString, listener.CipherString!.Value);
            Assert.Equal("the opportunistic default cipher list", listener.CipherSetting);
            Assert.Empty(listener.EnabledSuites.Where(suite => suite.IsAnonymous || suite.Encryption == Encryption.Null));
            Assert.Equal(TlsProfiles.MozillaIntermediate.Tls13CipherSuites, listener.Ciphersuites.Value);
        }
    }

    [Fact]
    public void OpportunisticWideningKeepsHighestVersion()
    {
        var model = TlsBoxes.Model("tls { protocols = [tls1_3]  ciphers = \"ECDHE+AESGCM\" }");

        var smtp = EffectiveTls.For(model, Listener.Smtp);
        var submission = EffectiveTls.For(model, Listener.Submission);

        Assert.Equal(TlsProtocol.TLSv1, smtp.Minimum);
        Assert.Equal(TlsProtocol.TLSv1_3, smtp.Maximum);
        Assert.False(smtp.Protocols[^1].IsDefault);
        Assert.Equal(OpportunisticDefaults.CipherString, smtp.CipherString!.Value);
        Assert.Equal([TlsProtocol.TLSv1_3], submission.Protocols.Select(protocol => protocol.Value));
        Assert.Equal("ECDHE+AESGCM", submission.CipherString!.Value);
    }

    [Fact]
    public void OpportunisticBlockSettingsReplaceDefaults()
    {
        var model = TlsBoxes.Model("listener \"smtp\" { tls { protocols = [tls1_2, tls1_3]  ciphers = \"ECDHE+AESGCM\" } }");

        var smtp = EffectiveTls.For(model, Listener.Smtp);
        var outbound = EffectiveTls.For(model, Listener.OutboundSmtp);

        Assert.Equal(TlsProtocol.TLSv1_2, smtp.Minimum);
        Assert.Equal("ECDHE+AESGCM", smtp.CipherString!.Value);
        Assert.Equal(TlsProtocol.TLSv1, outbound.Minimum);
        Assert.Equal(OpportunisticDefaults.CipherString, outbound.CipherString!.Value);
    }

    [Fact]
    public void OutboundSmtpHasNoDhParameters()
    {
        var model = TlsBoxes.Model("tls { dh_bits = 4096 }\nlistener \"outbound_smtp\" { tls { protocols = [tls1_2, tls1_3] } }");

        var outbound = EffectiveTls.For(model, Listener.OutboundSmtp);

        Assert.Null(outbound.DhBits);
        Assert.Equal(4096, EffectiveTls.For(model, Listener.Smtp).DhBits!.Value);
    }

    [Fact]
    public void GroupsLeaveOutWhatOpenSsl30Lacks()
    {
        var listener = EffectiveTls.For(TlsBoxes.Model(""), Listener.Submission);

        Assert.Equal(["X25519", "prime256v1", "secp384r1"], listener.Groups.Select(group => group.Name));
        Assert.Contains(NamedGroups.X25519MlKem768, TlsProfiles.MozillaIntermediate.Groups);
    }

    [Fact]
    public void ImapAndPopModesDecideServedPorts()
    {
        var tls = EffectiveTls.For(TlsBoxes.Model("imap = starttls_required\npop = off"));

        var served = tls.Listeners.Select(listener => listener.Listener).ToList();
        Assert.Contains(Listener.Imap, served);
        Assert.Contains(Listener.Imaps, served);
        Assert.DoesNotContain(Listener.Pop3, served);
        Assert.DoesNotContain(Listener.Pop3s, served);
        Assert.Null(tls.Find(Listener.Pop3s));
    }

    [Fact]
    public void BoxOverridesReachMandatoryListeners()
    {
        var model = TlsBoxes.Model("tls { protocols = [tls1_3, tls1_2]  ciphers = \"ECDHE+AESGCM\"  dh_bits = 3072 }");

        foreach (var listener in EffectiveTls.For(model).Listeners.Where(listener => listener.Strictness == ListenerStrictness.Mandatory))
        {
            Assert.Equal([TlsProtocol.TLSv1_2, TlsProtocol.TLSv1_3], listener.Protocols.Select(protocol => protocol.Value));
            Assert.Equal("ECDHE+AESGCM", listener.CipherString!.Value);
            Assert.Equal("ciphers = \"ECDHE+AESGCM\"", listener.CipherSetting);
        }

        var servers = EffectiveTls.For(model).Listeners.Where(listener => listener.Listener != Listener.OutboundSmtp).ToList();
        Assert.NotEmpty(servers);
        Assert.All(servers, listener => Assert.Equal(3072, listener.DhBits!.Value));
        Assert.All(servers, listener => Assert.False(listener.DhBits!.IsDefault));
    }

    [Fact]
    public void ListenerProfileReplacesBoxOverrides()
    {
        var model = TlsBoxes.Model("""
            tls { dh_bits = 3072  ciphers = "ECDHE+AESGCM" }
            listener "smtp" { tls { profile = mozilla_old } }
            """);

        var smtp = EffectiveTls.For(model, Listener.Smtp);
        var submission = EffectiveTls.For(model, Listener.Submission);

        Assert.Equal("mozilla_old", smtp.Profile.Value);
        Assert.Equal(TlsProtocol.TLSv1, smtp.Minimum);
        Assert.Equal(1024, smtp.DhBits!.Value);
        Assert.Equal(TlsProfiles.MozillaOld.CipherString, smtp.CipherString!.Value);
        Assert.Equal("profile = mozilla_old", smtp.CipherSetting);
        Assert.True(smtp.ServerPreferredOrder);
        Assert.Equal(3072, submission.DhBits!.Value);
        Assert.Equal("ECDHE+AESGCM", submission.CipherString!.Value);
    }

    [Fact]
    public void ListenerKeysGoOnTopOfBoxOverrides()
    {
        var model = TlsBoxes.Model("""
            tls { dh_bits = 3072  ciphers = "ECDHE+AESGCM" }
            listener "https" { tls { dh_bits = 4096 } }
            """);

        var https = EffectiveTls.For(model, Listener.Https);

        Assert.Equal(4096, https.DhBits!.Value);
        Assert.Equal("ECDHE+AESGCM", https.CipherString!.Value);
        Assert.Equal("mozilla_intermediate", https.Profile.Value);
    }

    [Fact]
    public void CiphersNamingProfileUseItsString()
    {
        var model = TlsBoxes.Model("tls { profile = mozilla_modern  protocols = [tls1_2, tls1_3]  ciphers = mozilla_intermediate }");

        var listener = EffectiveTls.For(model, Listener.Imaps);

        Assert.Equal(TlsProfiles.MozillaIntermediate.CipherString, listener.CipherString!.Value);
        Assert.Equal("ciphers = mozilla_intermediate", listener.CipherSetting);
        Assert.Equal(TlsProfiles.MozillaModern.Groups.Count(group => group.SupportedByOpenSsl30), listener.Groups.Length);
    }

    [Fact]
    public void SpansPointAtWrittenValues()
    {
        var model = TlsBoxes.Model("tls { protocols = [tls1_2, tls1_3] }\nlistener \"https\" { tls { profile = mozilla_modern } }");

        var submission = EffectiveTls.For(model, Listener.Submission);
        var https = EffectiveTls.For(model, Listener.Https);

        Assert.Equal(TlsBoxes.PolicyLine, submission.Protocols[0].Span.StartLine);
        Assert.Equal(20, submission.Protocols[0].Span.StartColumn);
        Assert.Equal(28, submission.Protocols[1].Span.StartColumn);
        var fromProfile = Assert.Single(https.Protocols);
        Assert.True(fromProfile.IsDefault);
        Assert.Equal(TlsBoxes.PolicyLine + 1, fromProfile.Span.StartLine);
        Assert.Equal(https.Profile.Span, fromProfile.Span);
    }

    [Fact]
    public void ModernListenerHasNoOlderSuites()
    {
        var model = TlsBoxes.Model("listener \"https\" { tls { profile = mozilla_modern } }");

        var https = EffectiveTls.For(model, Listener.Https);

        Assert.Null(https.CipherString);
        Assert.Null(https.CipherList);
        Assert.Empty(https.EnabledTls12Suites);
        Assert.Equal(TlsProfiles.MozillaModern.Tls13CipherSuites.Split(':'), https.EnabledSuites.Select(suite => suite.IanaName));
    }

    [Fact]
    public void OldProtocolsLeaveOutTls12OnlySuites()
    {
        var model = TlsBoxes.Model("listener \"smtp\" { tls { protocols = [tls1, tls1_1]  ciphers = \"ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA\" } }");

        var smtp = EffectiveTls.For(model, Listener.Smtp);

        Assert.Equal(["ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-SHA"], smtp.CipherList!.Suites.Select(suite => suite.OpenSslName));
        Assert.Equal(["ECDHE-RSA-AES128-SHA"], smtp.EnabledTls12Suites.Select(suite => suite.OpenSslName));
        Assert.Empty(smtp.EnabledTls13Suites);
    }

    [Fact]
    public void ListenerFactsMatchPorts()
    {
        Assert.Equal(Enum.GetValues<Listener>().Length, Listeners.All.Length);
        Assert.Equal(
            [25, 587, 465, 143, 993, 110, 995, 443, null],
            Listeners.All.Select(listener => listener.Port()));
        Assert.Equal(
            [Listener.Smtp, Listener.OutboundSmtp],
            Listeners.All.Where(listener => listener.Strictness() == ListenerStrictness.Opportunistic));
        foreach (var listener in Listeners.All)
        {
            Assert.True(Listeners.TryParse(listener.Name(), out var parsed));
            Assert.Equal(listener, parsed);
        }
    }

    [Fact]
    public void ProtocolFindingGroupsListenersBySetting()
    {
        var model = TlsBoxes.Model("tls { protocols = [tls1, tls1_2] }\nlistener \"smtp\" { tls { protocols = [tls1, tls1_2, tls1_3] } }");
        var tls = EffectiveTls.For(model);

        var findings = tls.FindProtocols((listener, protocol) => protocol == TlsProtocol.TLSv1);

        Assert.Equal(2, findings.Length);
        var boxWide = findings.Single(finding => finding.Location.StartLine == TlsBoxes.PolicyLine);
        Assert.Equal("tls1", boxWide.Setting);
        Assert.DoesNotContain(Listener.Smtp, boxWide.Listeners);
        Assert.Equal(ListenerStrictness.Mandatory, boxWide.Strictness);
        Assert.Equal(RuleLevel.Error, boxWide.MaximumLevel);
        var smtp = findings.Single(finding => finding.Location.StartLine == TlsBoxes.PolicyLine + 1);
        Assert.Equal([Listener.Smtp], smtp.Listeners.AsEnumerable());
        Assert.Equal("smtp (25)", smtp.ListenerNames);
        Assert.Equal(RuleLevel.Warning, smtp.MaximumLevel);
    }

    [Fact]
    public void ProfileFindingListsItsProtocolsOnce()
    {
        var model = TlsBoxes.Model("tls { profile = mozilla_old }");
        var tls = EffectiveTls.For(model);

        var finding = Assert.Single(tls.FindProtocols((listener, protocol) => protocol < TlsProtocol.TLSv1_2));

        Assert.Equal("profile = mozilla_old", finding.Setting);
        Assert.Equal("TLSv1 and TLSv1.1", finding.ProtocolNames);
        Assert.Equal("every listener", finding.ListenerNames);
    }

    [Fact]
    public void DhFindingNeedsDheSuites()
    {
        var model = TlsBoxes.Model("""
            tls { dh_bits = 1024 }
            listener "smtp" { tls { ciphers = "ECDHE+AESGCM" } }
            listener "https" { tls { ciphers = "DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256" } }
            """);
        var tls = EffectiveTls.For(model);

        var finding = Assert.Single(tls.FindDhParameters((listener, bits) => bits < 2048));

        Assert.Equal([Listener.Https], finding.Listeners.AsEnumerable());
        Assert.Equal("DHE-RSA-AES128-GCM-SHA256", finding.SuiteNames);
        Assert.Equal("dh_bits = 1024", finding.Setting);
        Assert.Equal(1024, finding.Bits);
        Assert.Equal(TlsBoxes.PolicyLine, finding.Location.StartLine);
    }

    [Fact]
    public void DhFindingCoversOpportunisticDefault()
    {
        var model = TlsBoxes.Model("tls { dh_bits = 1024 }");
        var tls = EffectiveTls.For(model);

        var finding = Assert.Single(tls.FindDhParameters((listener, bits) => bits < 2048));

        Assert.Equal([Listener.Smtp], finding.Listeners.AsEnumerable());
        Assert.Equal(RuleLevel.Warning, finding.MaximumLevel);
    }

    [Fact]
    public void SuiteFindingNamesAtMostTwelveSuites()
    {
        var model = TlsBoxes.Model("tls { ciphers = \"aNULL\" }");
        var tls = EffectiveTls.For(model);

        var finding = Assert.Single(tls.FindSuites((listener, suite) => suite.IsAnonymous));

        Assert.True(finding.Suites.Length > TlsFinding.MaxNamedSuites);
        Assert.EndsWith($" and {finding.Suites.Length - TlsFinding.MaxNamedSuites} more", finding.SuiteNames);
        Assert.Equal(tls.Listeners.Count(listener => listener.Strictness == ListenerStrictness.Mandatory), finding.Listeners.Length);
    }
}
