using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Targets.Tls;

/// <summary>The names OpenSSL and the daemons give TLS values.</summary>
public static class TlsNames
{
    /// <summary>OpenSSL 3.0's TLS 1.3 suites when nothing sets them (TLS_DEFAULT_CIPHERSUITES in include/openssl/ssl.h).</summary>
    public const string OpenSslDefaultCiphersuites = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";

    /// <summary>Whether a TLS 1.3 suites list enables the same suites as OpenSSL's default, in any order.</summary>
    public static bool IsOpenSslDefault(string ciphersuites) =>
        ciphersuites.Split(':').ToHashSet(StringComparer.Ordinal).SetEquals(OpenSslDefaultCiphersuites.Split(':'));
}
