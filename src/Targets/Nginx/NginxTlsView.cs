using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Tls;
using Mibc.Targets.Profiles;
using Mibc.Targets.Render;
using Mibc.Targets.Tls;

namespace Mibc.Targets.Nginx;

/// <summary>The TLS of the https listener (443) written in nginx's syntax.</summary>
/// <param name="Protocols">The <c>ssl_protocols</c> value, such as <c>TLSv1.2 TLSv1.3</c>.</param>
/// <param name="Ciphers">The <c>ssl_ciphers</c> value; null leaves nginx's default.</param>
/// <param name="Ciphersuites">The TLS 1.3 suites for <c>ssl_conf_command Ciphersuites</c>; null where nginx lacks the directive.</param>
/// <param name="EcdhCurve">The <c>ssl_ecdh_curve</c> value.</param>
/// <param name="DhParameterFile">The <c>ssl_dhparam</c> file; null when no DH size is set.</param>
/// <param name="PreferServerCiphers">The <c>ssl_prefer_server_ciphers</c> value.</param>
public sealed record NginxTlsView(
    string Protocols,
    string? Ciphers,
    string? Ciphersuites,
    string EcdhCurve,
    string? DhParameterFile,
    bool PreferServerCiphers)
{
    /// <summary>Formats the https listener's TLS for the nginx of <paramref name="os"/>, reporting what it cannot express.</summary>
    internal static NginxTlsView Create(TargetTls tls, OsTarget os, HostPaths paths, Action<Diagnostic> report)
    {
        var https = tls.Get(Listener.Https);
        if (!os.NginxHasConfCommand && !TlsNames.IsOpenSslDefault(https.Ciphersuites))
        {
            report(TlsNames.CiphersuitesNotApplied(
                https, $"nginx {os.Nginx}", os, $"ssl_conf_command, added in {OsTarget.NginxConfCommandSince}", "HTTPS listeners"));
        }

        return new NginxTlsView(
            string.Join(' ', https.Versions.Select(version => version.ToOpenSslName())),
            https.CipherList,
            os.NginxHasConfCommand ? https.Ciphersuites : null,
            string.Join(':', https.Groups),
            tls.DhBits is null ? null : paths.DhParameters,
            https.ServerPreferredOrder);
    }
}
