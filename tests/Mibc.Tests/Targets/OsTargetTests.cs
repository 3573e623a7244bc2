using Mibc.Language.Model;
using Mibc.Language.Tls;
using Mibc.Targets.Postfix;
using Mibc.Targets.Profiles;

namespace Mibc.Tests.DaemonTargets;

/// <summary>The target releases record their daemon versions, and the configs follow what each supports.</summary>
public sealed class OsTargetTests
{
    [Theory]
    [InlineData(OsProfile.Ubuntu2204, "3.6.4", "2.3.16", "1.18.0")]
    [InlineData(OsProfile.Ubuntu2404, "3.8.6", "2.3.21", "1.24.0")]
    [InlineData(OsProfile.Debian12, "3.7.11", "2.3.19.1", "1.22.1")]
    public void Target_RecordsDaemonVersions(OsProfile profile, string postfix, string dovecot, string nginx)
    {
        var target = OsTargets.For(profile);

        Assert.Equal(Version.Parse(postfix), target.Postfix);
        Assert.Equal(Version.Parse(dovecot), target.Dovecot);
        Assert.Equal(Version.Parse(nginx), target.Nginx);
    }

    // The test machine is Debian 12, so its daemons must be the versions the profile records.
    [Fact]
    public void Debian12Target_MatchesTestMachine()
    {
        using var sandbox = HostSandbox.Create();
        var target = OsTargets.Debian12;

        Assert.Equal(target.Postfix.ToString(), sandbox.RunChecked("postconf -h mail_version").Trim());
        Assert.StartsWith(target.Dovecot.ToString() + " ", sandbox.RunChecked("dovecot --version"), StringComparison.Ordinal);
        Assert.Contains("nginx/" + target.Nginx, sandbox.Run("nginx -v").All, StringComparison.Ordinal);
    }

    [Fact]
    public void PostfixProtocols_UseRangesFromPostfix36()
    {
        var target = OsTargets.Debian12;

        Assert.Equal(">=TLSv1.2", PostfixTlsView.Protocols(TlsProtocol.TLSv1_2, TlsProtocol.TLSv1_3, target));
        Assert.Equal(">=TLSv1.2, <=TLSv1.2", PostfixTlsView.Protocols(TlsProtocol.TLSv1_2, TlsProtocol.TLSv1_2, target));
    }

    [Fact]
    public void PostfixProtocols_ExcludeVersionsBeforePostfix36()
    {
        var older = OsTargets.Ubuntu2204 with { Postfix = new Version(3, 5, 13) };

        Assert.Equal("!SSLv2, !SSLv3, !TLSv1, !TLSv1.1", PostfixTlsView.Protocols(TlsProtocol.TLSv1_2, TlsProtocol.TLSv1_3, older));
    }

    [Theory]
    [InlineData("box.mib", true)]
    [InlineData("debian-12.mib", false)]
    [InlineData("ubuntu-22.04.mib", false)]
    public void PostfixFfdheGroups_OnlyWherePostfixHasThem(string sample, bool expected)
    {
        using var bundle = SampleBundle.Build(sample);

        var mainCf = File.ReadAllText(Path.Combine(bundle.Directory, "files/etc/postfix/main.cf"));

        Assert.Equal(expected, mainCf.Contains("\ntls_ffdhe_auto_groups = ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ubuntu-22.04.mib", false)]
    [InlineData("debian-12.mib", true)]
    [InlineData("box.mib", true)]
    public void NginxCiphersuites_OnlyWhereNginxHasConfCommand(string sample, bool expected)
    {
        using var bundle = SampleBundle.Build(sample);

        var nginxConf = File.ReadAllText(Path.Combine(bundle.Directory, "files/etc/nginx/nginx.conf"));

        Assert.Equal(expected, nginxConf.Contains("ssl_conf_command Ciphersuites ", StringComparison.Ordinal));
    }
}
