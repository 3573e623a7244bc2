namespace Mibc.Language.Tls;

/// <summary>
/// Bulk encryption algorithms of TLS cipher suites, one bit each, matching
/// the SSL_* encryption bits of OpenSSL.
/// </summary>
[Flags]
public enum Encryption
{
    /// <summary>No encryption bit.</summary>
    None = 0,

    /// <summary>Single DES in CBC mode, 56-bit key (or 40 bits in export suites).</summary>
    Des = 1 << 0,

    /// <summary>Triple DES (3DES-EDE) in CBC mode.</summary>
    TripleDes = 1 << 1,

    /// <summary>RC4 stream cipher.</summary>
    Rc4 = 1 << 2,

    /// <summary>RC2 in CBC mode.</summary>
    Rc2 = 1 << 3,

    /// <summary>IDEA in CBC mode.</summary>
    Idea = 1 << 4,

    /// <summary>No encryption (eNULL): records are authenticated but sent in clear.</summary>
    Null = 1 << 5,

    /// <summary>AES-128 in CBC mode.</summary>
    Aes128 = 1 << 6,

    /// <summary>AES-256 in CBC mode.</summary>
    Aes256 = 1 << 7,

    /// <summary>Camellia-128 in CBC mode.</summary>
    Camellia128 = 1 << 8,

    /// <summary>Camellia-256 in CBC mode.</summary>
    Camellia256 = 1 << 9,

    /// <summary>GOST 28147-89 in counter mode.</summary>
    Gost89 = 1 << 10,

    /// <summary>SEED in CBC mode.</summary>
    Seed = 1 << 11,

    /// <summary>AES-128 in GCM mode.</summary>
    Aes128Gcm = 1 << 12,

    /// <summary>AES-256 in GCM mode.</summary>
    Aes256Gcm = 1 << 13,

    /// <summary>AES-128 in CCM mode with a 16-byte tag.</summary>
    Aes128Ccm = 1 << 14,

    /// <summary>AES-256 in CCM mode with a 16-byte tag.</summary>
    Aes256Ccm = 1 << 15,

    /// <summary>AES-128 in CCM mode with an 8-byte tag.</summary>
    Aes128Ccm8 = 1 << 16,

    /// <summary>AES-256 in CCM mode with an 8-byte tag.</summary>
    Aes256Ccm8 = 1 << 17,

    /// <summary>GOST 28147-89 in counter mode with the 2012 key meshing.</summary>
    Gost89Cnt12 = 1 << 18,

    /// <summary>ChaCha20 with Poly1305.</summary>
    ChaCha20Poly1305 = 1 << 19,

    /// <summary>ARIA-128 in GCM mode.</summary>
    Aria128Gcm = 1 << 20,

    /// <summary>ARIA-256 in GCM mode.</summary>
    Aria256Gcm = 1 << 21,

    /// <summary>GOST R 34.12-2015 Magma in CTR-ACPKM mode.</summary>
    Magma = 1 << 22,

    /// <summary>GOST R 34.12-2015 Kuznyechik in CTR-ACPKM mode.</summary>
    Kuznyechik = 1 << 23,
}
