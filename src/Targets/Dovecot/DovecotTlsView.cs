using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Tls;
using Mibc.Targets.Profiles;
using Mibc.Targets.Render;
using Mibc.Targets.Tls;

namespace Mibc.Targets.Dovecot;

/// <summary>The TLS of Dovecot's listeners (143, 993, 110, 995) written in Dovecot 2.3's syntax.</summary>
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
    private static readonly Listener[] DovecotListeners = [Listener.Imap, Listener.Imaps, Listener.Pop3, Listener.Pop3s];

    /// <summary>
    /// Formats the TLS of the IMAP and POP3 listeners for the Dovecot of <paramref name="os"/>, reporting what it
    /// cannot express. Dovecot 2.3 has one set of ssl settings for all of them.
    /// </summary>
    /// <remarks>
    /// With IMAP and POP3 off, Dovecot has no TLS listener, and its ssl settings repeat submission's so that the
    /// file stays valid.
    /// </remarks>
    internal static DovecotTlsView? Create(TargetTls tls, SecurityPolicy policy, OsTarget os, HostPaths paths, Action<Diagnostic> report)
    {
        var served = DovecotListeners.Select(tls.Find).OfType<RenderedTls>().ToList();
        var shared = new SharedTlsSettings($"Dovecot {os.Dovecot}", os, policy, report);
        var agree = shared.Agree(served, "the TLS protocols (ssl_min_protocol)", listener => (listener.Minimum, listener.Maximum));
        agree &= shared.Agree(served, "the ciphers (ssl_cipher_list)", listener => listener.CipherList);
        agree &= shared.Agree(served, "the TLS 1.3 ciphersuites (ssl_cipher_suites)", listener => listener.Ciphersuites);
        agree &= shared.Agree(served, "the key exchange groups (ssl_curve_list)", listener => string.Join(':', listener.Groups));
        agree &= shared.Agree(served, "the server's cipher order (ssl_prefer_server_ciphers)", listener => listener.ServerPreferredOrder);
        if (!agree)
        {
            return null;
        }

        var settings = served.FirstOrDefault() ?? tls.Get(Listener.Submission);
        if (served.Count > 0 && settings.Maximum < TlsProtocol.TLSv1_3)
        {
            report(DiagnosticCatalog.ProtocolCeilingUnsupported.Create(
                settings.Source.Protocols[^1].Span, TargetTlsBuilder.WordFor(settings.Maximum), os.Dovecot.ToString(), os.Name,
                TargetTlsBuilder.WordFor(settings.Maximum + 1)));
            return null;
        }

        if (served.Count > 0 && !os.DovecotHasCipherSuites && !TlsNames.IsOpenSslDefault(settings.Ciphersuites))
        {
            report(TlsNames.CiphersuitesNotApplied(
                settings, $"Dovecot {os.Dovecot}", os, $"ssl_cipher_suites, added in {OsTarget.DovecotCipherSuitesSince}", "IMAP and POP3"));
        }

        return new DovecotTlsView(
            settings.Minimum.ToOpenSslName(),
            settings.CipherList,
            os.DovecotHasCipherSuites ? settings.Ciphersuites : null,
            string.Join(':', settings.Groups),
            tls.DhBits is null ? null : paths.DhParameters,
            settings.ServerPreferredOrder);
    }
}
