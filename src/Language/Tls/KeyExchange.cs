namespace Mibc.Language.Tls;

/// <summary>
/// Key exchange methods of TLS cipher suites, one bit each, matching the
/// SSL_k* bits of OpenSSL's ssl_local.h (3.0) and ssl_locl.h (1.0.1).
/// </summary>
[Flags]
public enum KeyExchange
{
    /// <summary>No key exchange bit; OpenSSL calls this kANY for TLS 1.3 suites.</summary>
    None = 0,

    /// <summary>RSA key transport (kRSA).</summary>
    Rsa = 1 << 0,

    /// <summary>Ephemeral Diffie-Hellman (kDHE, also kEDH).</summary>
    Dhe = 1 << 1,

    /// <summary>Ephemeral elliptic-curve Diffie-Hellman (kECDHE, also kEECDH).</summary>
    Ecdhe = 1 << 2,

    /// <summary>Pre-shared key (kPSK).</summary>
    Psk = 1 << 3,

    /// <summary>RSA key transport with a pre-shared key (kRSAPSK).</summary>
    RsaPsk = 1 << 4,

    /// <summary>ECDHE with a pre-shared key (kECDHEPSK).</summary>
    EcdhePsk = 1 << 5,

    /// <summary>DHE with a pre-shared key (kDHEPSK).</summary>
    DhePsk = 1 << 6,

    /// <summary>Secure Remote Password (kSRP).</summary>
    Srp = 1 << 7,

    /// <summary>GOST R 34.10 key exchange (kGOST).</summary>
    Gost = 1 << 8,

    /// <summary>GOST R 34.10-2012 key exchange of RFC 9189 (kGOST18).</summary>
    Gost18 = 1 << 9,

    /// <summary>Fixed DH with an RSA-signed certificate (kDHr, 1.0.1 only).</summary>
    DhRsa = 1 << 10,

    /// <summary>Fixed DH with a DSA-signed certificate (kDHd, 1.0.1 only).</summary>
    DhDss = 1 << 11,

    /// <summary>Fixed ECDH with an RSA-signed certificate (kECDHr, 1.0.1 only).</summary>
    EcdhRsa = 1 << 12,

    /// <summary>Fixed ECDH with an ECDSA-signed certificate (kECDHe, 1.0.1 only).</summary>
    EcdhEcdsa = 1 << 13,

    /// <summary>Kerberos 5 (kKRB5, 1.0.1 only).</summary>
    Kerberos5 = 1 << 14,

    /// <summary>Any key exchange: TLS 1.3 suites do not fix one.</summary>
    Any = None,
}
