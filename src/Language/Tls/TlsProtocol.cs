namespace Mibc.Language.Tls;

/// <summary>
/// A TLS or SSL protocol version, ordered from oldest to newest so that
/// versions compare with the usual operators.
/// </summary>
public enum TlsProtocol
{
    /// <summary>SSL 2.0.</summary>
    SSLv2,

    /// <summary>SSL 3.0.</summary>
    SSLv3,

    /// <summary>TLS 1.0.</summary>
    TLSv1,

    /// <summary>TLS 1.1.</summary>
    TLSv1_1,

    /// <summary>TLS 1.2.</summary>
    TLSv1_2,

    /// <summary>TLS 1.3.</summary>
    TLSv1_3,
}
