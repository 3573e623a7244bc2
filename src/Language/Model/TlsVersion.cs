namespace Mibc.Language.Model;

/// <summary>A TLS or SSL protocol version that box.mib can enable.</summary>
public enum TlsVersion
{
    /// <summary>SSL 2.0.</summary>
    Ssl2,

    /// <summary>SSL 3.0.</summary>
    Ssl3,

    /// <summary>TLS 1.0.</summary>
    Tls10,

    /// <summary>TLS 1.1.</summary>
    Tls11,

    /// <summary>TLS 1.2.</summary>
    Tls12,

    /// <summary>TLS 1.3.</summary>
    Tls13,
}
