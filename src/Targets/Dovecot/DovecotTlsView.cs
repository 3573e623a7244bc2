using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Tls;
using Mibc.Targets.Profiles;
using Mibc.Targets.Render;
using Mibc.Targets.Tls;

namespace Mibc.Targets.Dovecot;

/// <summary>The effective TLS settings written in Dovecot 2.3's syntax, for IMAP and POP3.</summary>
/// <param name="MinProtocol">The <c>ssl_min_protocol</c> value.</param>
/// <param name="CipherList">The <c>ssl_cipher_list</c> value; null leaves Dovecot's default.</param>
/// <param name="CipherSuites">The <c>ssl_cipher_suites</c> value; null where Dovecot lacks the setting.</param>
/// <param name="CurveList">The <c>ssl_curve_list</c> value.</param>
/// <param name="DhParameterFile">The file <c>ssl_dh</c> reads; null when no DH size is set.</param>
/// <param name="PreferServerCiphers">The <c>ssl_prefer_server_ciphers</c> value.</param>
public sealed record DovecotTlsView(
    string MinProtocol,
    string? CipherList,
    string? CipherSuites,
    string CurveList,
    string? DhParameterFile,
    bool PreferServerCiphers)
{
    /// <summary>Formats <paramref name="tls"/> for the Dovecot of <paramref name="os"/>, reporting what it cannot express.</summary>
    internal static DovecotTlsView? Create(EffectiveTls tls, TlsSettings settings, OsTarget os, HostPaths paths, bool servesClients, Action<Diagnostic> report)
    {
        var mandatory = tls.Mandatory;
        if (servesClients && mandatory.Maximum < TlsProtocol.TLSv1_3)
        {
            var span = settings.Protocols.IsDefaultOrEmpty ? settings.Profile.Span : settings.Protocols.MaxBy(protocol => protocol.Value)!.Span;
            report(DiagnosticCatalog.ProtocolCeilingUnsupported.Create(
                span, EffectiveTlsResolver.WordFor(mandatory.Maximum), os.Dovecot.ToString(), os.Name,
                EffectiveTlsResolver.WordFor(mandatory.Maximum + 1)));
            return null;
        }

        if (servesClients && !os.DovecotHasCipherSuites && !TlsNames.IsOpenSslDefault(mandatory.Ciphersuites))
        {
            report(TlsNames.CiphersuitesNotApplied(
                settings, $"Dovecot {os.Dovecot}", os, $"ssl_cipher_suites, added in {OsTarget.DovecotCipherSuitesSince}", "IMAP and POP3"));
        }

        return new DovecotTlsView(
            mandatory.Minimum.ToOpenSslName(),
            mandatory.CipherList,
            os.DovecotHasCipherSuites ? mandatory.Ciphersuites : null,
            string.Join(':', mandatory.Groups),
            mandatory.DhBits is null ? null : paths.DhParameters,
            mandatory.ServerPreferredOrder);
    }
}
