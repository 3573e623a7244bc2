namespace Mibc.Language.Tls;

/// <summary>
/// Record MAC algorithms of TLS cipher suites, one bit each, matching the
/// SSL_* MAC bits of OpenSSL.
/// </summary>
[Flags]
public enum MacAlgorithm
{
    /// <summary>No MAC bit.</summary>
    None = 0,

    /// <summary>HMAC-MD5.</summary>
    Md5 = 1 << 0,

    /// <summary>HMAC-SHA1.</summary>
    Sha1 = 1 << 1,

    /// <summary>GOST R 34.11-94.</summary>
    Gost94 = 1 << 2,

    /// <summary>GOST 28147-89 MAC.</summary>
    Gost89Mac = 1 << 3,

    /// <summary>HMAC-SHA256.</summary>
    Sha256 = 1 << 4,

    /// <summary>HMAC-SHA384.</summary>
    Sha384 = 1 << 5,

    /// <summary>No separate MAC: the cipher is an AEAD.</summary>
    Aead = 1 << 6,

    /// <summary>GOST R 34.11-2012 with a 256-bit output.</summary>
    Gost2012_256 = 1 << 7,

    /// <summary>GOST 28147-89 MAC with the 2012 parameters.</summary>
    Gost89Mac12 = 1 << 8,

    /// <summary>GOST R 34.11-2012 with a 512-bit output.</summary>
    Gost2012_512 = 1 << 9,

    /// <summary>Magma OMAC.</summary>
    MagmaOmac = 1 << 10,

    /// <summary>Kuznyechik OMAC.</summary>
    KuznyechikOmac = 1 << 11,
}
