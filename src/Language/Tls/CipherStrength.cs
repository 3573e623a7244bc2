namespace Mibc.Language.Tls;

/// <summary>
/// OpenSSL's internal strength flags of a cipher suite (the algo_strength
/// field), which the HIGH, MEDIUM, LOW, EXPORT, FIPS and COMPLEMENTOFDEFAULT
/// aliases select on.
/// </summary>
[Flags]
public enum CipherStrength
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>No encryption (SSL_STRONG_NONE).</summary>
    StrongNone = 1 << 0,

    /// <summary>The LOW class: 56-bit or 64-bit encryption (SSL_LOW).</summary>
    Low = 1 << 1,

    /// <summary>The MEDIUM class (SSL_MEDIUM).</summary>
    Medium = 1 << 2,

    /// <summary>The HIGH class (SSL_HIGH).</summary>
    High = 1 << 3,

    /// <summary>Approved for FIPS 140-2 mode (SSL_FIPS).</summary>
    Fips = 1 << 4,

    /// <summary>Left out of OpenSSL 3.0's DEFAULT list (SSL_NOT_DEFAULT).</summary>
    NotDefault = 1 << 5,

    /// <summary>An export-grade suite (SSL_EXPORT, 1.0.1 only).</summary>
    Export = 1 << 6,

    /// <summary>Not an export-grade suite (SSL_NOT_EXP, 1.0.1 only).</summary>
    NotExport = 1 << 7,

    /// <summary>Export suite with a 40-bit key and 512-bit key exchange (SSL_EXP40, 1.0.1 only).</summary>
    Export40 = 1 << 8,

    /// <summary>Export suite with a 56-bit key and 1024-bit key exchange (SSL_EXP56, 1.0.1 only).</summary>
    Export56 = 1 << 9,
}
