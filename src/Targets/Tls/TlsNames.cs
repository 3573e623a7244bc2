using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Targets.Profiles;
using Mibc.Language.Tls;

namespace Mibc.Targets.Tls;

/// <summary>The names OpenSSL and the daemons give TLS values.</summary>
public static class TlsNames
{
    /// <summary>OpenSSL 3.0's TLS 1.3 suites when nothing sets them (TLS_DEFAULT_CIPHERSUITES in include/openssl/ssl.h).</summary>
    public const string OpenSslDefaultCiphersuites = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";

    /// <summary>
    /// Creates the MIB3008 warning for a daemon that cannot set TLS 1.3 suites, so that its listeners keep
    /// OpenSSL's default ones, at the listener's ciphersuites setting or, when box.mib has none, at its profile.
    /// </summary>
    /// <param name="tls">The listener's TLS.</param>
    /// <param name="daemon">The daemon and its version, such as <c>nginx 1.18.0</c>.</param>
    /// <param name="os">The target release.</param>
    /// <param name="missing">What the daemon lacks, such as the directive and the version that adds it.</param>
    /// <param name="listeners">The listeners that keep the defaults, such as <c>HTTPS</c>.</param>
    public static Diagnostic CiphersuitesNotApplied(RenderedTls tls, string daemon, OsTarget os, string missing, string listeners)
    {
        ArgumentNullException.ThrowIfNull(tls);
        var space = daemon.IndexOf(' ', StringComparison.Ordinal);
        return DiagnosticCatalog.TlsSettingNotApplied.Create(
            tls.Source.Ciphersuites.Span,
            daemon[..space], daemon[(space + 1)..], os.Name,
            $"TLS 1.3 ciphersuites ({missing})",
            $"{listeners} keep OpenSSL's default TLS 1.3 suites {OpenSslDefaultCiphersuites}");
    }

    /// <summary>Whether a TLS 1.3 suites list enables the same suites as OpenSSL's default, in any order.</summary>
    public static bool IsOpenSslDefault(string ciphersuites) =>
        ciphersuites.Split(':').ToHashSet(StringComparer.Ordinal).SetEquals(OpenSslDefaultCiphersuites.Split(':'));
}
