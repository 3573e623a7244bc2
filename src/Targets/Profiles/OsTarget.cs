using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Targets.Profiles;

/// <summary>
/// An operating system release as the emitters target it: the daemon versions its packages install
/// and the settings those versions support.
/// </summary>
/// <param name="Profile">The box.mib value that selects the release.</param>
/// <param name="Name">The release's name in box.mib and the manifest, such as <c>debian_12</c>.</param>
/// <param name="Postfix">The Postfix version of the release's <c>postfix</c> package.</param>
/// <param name="Dovecot">The Dovecot version of the release's <c>dovecot-core</c> package.</param>
/// <param name="Nginx">The nginx version of the release's <c>nginx</c> package.</param>
/// <param name="OpenDkim">The OpenDKIM version of the release's <c>opendkim</c> package.</param>
/// <param name="OpenSsl">The OpenSSL version of the release's <c>libssl3</c> package.</param>
/// <remarks>
/// NOTE: security updates raise patch levels after release; the capabilities below depend on the
/// major and minor versions only, which a release never changes.
/// </remarks>
public sealed record OsTarget(
    OsProfile Profile,
    string Name,
    Version Postfix,
    Version Dovecot,
    Version Nginx,
    Version OpenDkim,
    Version OpenSsl)
{
    /// <summary>The Postfix release that reads protocol ranges such as <c>&gt;=TLSv1.2</c>.</summary>
    public static readonly Version PostfixProtocolRangesSince = new(3, 6);

    /// <summary>The Postfix release that adds <c>tls_ffdhe_auto_groups</c>, the FFDHE groups of TLS 1.3.</summary>
    public static readonly Version PostfixFfdheGroupsSince = new(3, 8);

    /// <summary>The Dovecot release that adds <c>ssl_cipher_suites</c>, the TLS 1.3 suites.</summary>
    public static readonly Version DovecotCipherSuitesSince = new(2, 3, 15);

    /// <summary>The nginx release that adds <c>ssl_conf_command</c>, which sets the TLS 1.3 suites.</summary>
    public static readonly Version NginxConfCommandSince = new(1, 19, 4);

    /// <summary>The uid of the system user <c>mail</c>, which owns every mailbox.</summary>
    /// <remarks>Debian's base-passwd, which Ubuntu shares, fixes mail:x:8:8.</remarks>
    public int MailUid => 8;

    /// <summary>The gid of the system group <c>mail</c>.</summary>
    public int MailGid => 8;

    /// <summary>Whether Postfix reads <c>&gt;=TLSv1.2</c> ranges; older releases need an exclusion list.</summary>
    public bool PostfixHasProtocolRanges => Postfix >= PostfixProtocolRangesSince;

    /// <summary>Whether Postfix has <c>tls_ffdhe_auto_groups</c>.</summary>
    public bool PostfixHasFfdheGroups => Postfix >= PostfixFfdheGroupsSince;

    /// <summary>Whether Dovecot has <c>ssl_cipher_suites</c>.</summary>
    public bool DovecotHasCipherSuites => Dovecot >= DovecotCipherSuitesSince;

    /// <summary>Whether nginx has <c>ssl_conf_command</c>.</summary>
    public bool NginxHasConfCommand => Nginx >= NginxConfCommandSince;

    /// <summary>The OpenSSL series whose cipher rules and groups apply.</summary>
    public OpenSslVersion OpenSslSeries => OpenSsl.Major >= 3 ? OpenSslVersion.V3_0 : OpenSslVersion.V1_0_1;

    /// <summary>
    /// Whether the release's OpenSSL can negotiate <paramref name="version"/> at all.
    /// </summary>
    /// <remarks>
    /// Debian and Ubuntu build OpenSSL 3.0 with <c>no-ssl3</c>, and OpenSSL 1.1.0 removed SSLv2,
    /// so SSL 2.0 and 3.0 are never available on these releases.
    /// </remarks>
    public bool OpenSslSupports(TlsProtocol version) => version is not (TlsProtocol.SSLv2 or TlsProtocol.SSLv3);
}
