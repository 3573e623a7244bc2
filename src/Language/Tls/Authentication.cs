namespace Mibc.Language.Tls;

/// <summary>
/// Server authentication methods of TLS cipher suites, one bit each,
/// matching the SSL_a* bits of OpenSSL.
/// </summary>
[Flags]
public enum Authentication
{
    /// <summary>No authentication bit; OpenSSL calls this aANY for TLS 1.3 suites.</summary>
    None = 0,

    /// <summary>RSA signatures (aRSA).</summary>
    Rsa = 1 << 0,

    /// <summary>DSA signatures (aDSS).</summary>
    Dss = 1 << 1,

    /// <summary>No authentication at all: anonymous suites (aNULL).</summary>
    Anonymous = 1 << 2,

    /// <summary>ECDSA signatures (aECDSA).</summary>
    Ecdsa = 1 << 3,

    /// <summary>Pre-shared key (aPSK).</summary>
    Psk = 1 << 4,

    /// <summary>GOST R 34.10-2001 signatures (aGOST01).</summary>
    Gost01 = 1 << 5,

    /// <summary>Secure Remote Password (aSRP).</summary>
    Srp = 1 << 6,

    /// <summary>GOST R 34.10-2012 signatures (aGOST12).</summary>
    Gost12 = 1 << 7,

    /// <summary>GOST R 34.10-94 signatures (aGOST94, 1.0.1 only).</summary>
    Gost94 = 1 << 8,

    /// <summary>Fixed DH certificate (aDH, 1.0.1 only).</summary>
    Dh = 1 << 9,

    /// <summary>Fixed ECDH certificate (aECDH, 1.0.1 only).</summary>
    Ecdh = 1 << 10,

    /// <summary>Kerberos 5 (aKRB5, 1.0.1 only).</summary>
    Kerberos5 = 1 << 11,

    /// <summary>Any authentication: TLS 1.3 suites do not fix one.</summary>
    Any = None,
}
