using System.Diagnostics.CodeAnalysis;

namespace Mibc.Language.Tls;

/// <summary>
/// Conversions between <see cref="TlsProtocol"/> and the names OpenSSL,
/// nginx, Postfix and Dovecot use for protocol versions.
/// </summary>
public static class TlsProtocolNames
{
    /// <summary>
    /// Returns the OpenSSL name of a protocol version, such as "TLSv1.2".
    /// </summary>
    public static string ToOpenSslName(this TlsProtocol protocol) => protocol switch
    {
        TlsProtocol.SSLv2 => "SSLv2",
        TlsProtocol.SSLv3 => "SSLv3",
        TlsProtocol.TLSv1 => "TLSv1",
        TlsProtocol.TLSv1_1 => "TLSv1.1",
        TlsProtocol.TLSv1_2 => "TLSv1.2",
        TlsProtocol.TLSv1_3 => "TLSv1.3",
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "unknown protocol version"),
    };

    /// <summary>
    /// Parses an OpenSSL protocol name ("SSLv3", "TLSv1", "TLSv1.0",
    /// "TLSv1.1", "TLSv1.2", "TLSv1.3"); names are case-sensitive, as in OpenSSL.
    /// </summary>
    public static bool TryParse(string name, [NotNullWhen(true)] out TlsProtocol? protocol)
    {
        protocol = name switch
        {
            "SSLv2" => TlsProtocol.SSLv2,
            "SSLv3" => TlsProtocol.SSLv3,
            "TLSv1" or "TLSv1.0" => TlsProtocol.TLSv1,
            "TLSv1.1" => TlsProtocol.TLSv1_1,
            "TLSv1.2" => TlsProtocol.TLSv1_2,
            "TLSv1.3" => TlsProtocol.TLSv1_3,
            _ => null,
        };
        return protocol is not null;
    }
}
