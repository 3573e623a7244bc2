using Mibc.Language.Model;

namespace Mibc.Targets.Tls;

/// <summary>The names OpenSSL and the daemons give TLS values.</summary>
public static class TlsNames
{
    /// <summary>OpenSSL 3.0's TLS 1.3 suites when nothing sets them (TLS_DEFAULT_CIPHERSUITES in include/openssl/ssl.h).</summary>
    public const string OpenSslDefaultCiphersuites = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";

    /// <summary>Returns the protocol name Postfix, Dovecot and nginx share with OpenSSL, such as <c>TLSv1.2</c>.</summary>
    public static string ProtocolName(TlsVersion version) => version switch
    {
        TlsVersion.Ssl2 => "SSLv2",
        TlsVersion.Ssl3 => "SSLv3",
        TlsVersion.Tls10 => "TLSv1",
        TlsVersion.Tls11 => "TLSv1.1",
        TlsVersion.Tls12 => "TLSv1.2",
        TlsVersion.Tls13 => "TLSv1.3",
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "unknown protocol version"),
    };

    /// <summary>Whether a TLS 1.3 suites list enables the same suites as OpenSSL's default, in any order.</summary>
    public static bool IsOpenSslDefault(string ciphersuites) =>
        ciphersuites.Split(':').ToHashSet(StringComparer.Ordinal).SetEquals(OpenSslDefaultCiphersuites.Split(':'));
}
