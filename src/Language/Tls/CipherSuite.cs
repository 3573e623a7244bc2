namespace Mibc.Language.Tls;

/// <summary>
/// One TLS cipher suite as an OpenSSL release describes it in ssl/s3_lib.c.
/// </summary>
/// <param name="OpenSslName">The OpenSSL name used in cipher strings, such as "ECDHE-RSA-AES128-GCM-SHA256".</param>
/// <param name="IanaName">The name in the IANA TLS Cipher Suites registry, such as "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256".</param>
/// <param name="Code">The two-byte suite identifier sent on the wire.</param>
/// <param name="KeyExchange">The key exchange method (OpenSSL's "kx").</param>
/// <param name="Authentication">The server authentication method (OpenSSL's "au").</param>
/// <param name="Encryption">The bulk encryption algorithm.</param>
/// <param name="Mac">The record MAC, or <see cref="MacAlgorithm.Aead"/>.</param>
/// <param name="MinProtocol">The lowest protocol version the suite can be used with, as OpenSSL records it.</param>
/// <param name="MaxProtocol">The highest protocol version the suite can be used with.</param>
/// <param name="Strength">OpenSSL's strength class and flags.</param>
/// <param name="StrengthBits">The effective key strength in bits (OpenSSL's strength_bits, which orders @STRENGTH).</param>
/// <param name="AlgorithmBits">The key size of the encryption algorithm in bits (OpenSSL's alg_bits).</param>
public sealed record CipherSuite(
    string OpenSslName,
    string IanaName,
    ushort Code,
    KeyExchange KeyExchange,
    Authentication Authentication,
    Encryption Encryption,
    MacAlgorithm Mac,
    TlsProtocol MinProtocol,
    TlsProtocol MaxProtocol,
    CipherStrength Strength,
    int StrengthBits,
    int AlgorithmBits)
{
    /// <summary>The identifier in the form OpenSSL prints with -V, such as "0xC0,0x2F".</summary>
    public string HexId => $"0x{Code >> 8:X2},0x{Code & 0xFF:X2}";

    /// <summary>Whether the suite is export grade (1.0.1 EXPORT class).</summary>
    public bool IsExport => (Strength & CipherStrength.Export) != 0;

    /// <summary>Whether the suite has no server authentication (aNULL).</summary>
    public bool IsAnonymous => Authentication == Authentication.Anonymous;

    /// <summary>Whether the suite is a TLS 1.3 suite, set by the ciphersuites setting.</summary>
    public bool IsTls13 => MinProtocol == TlsProtocol.TLSv1_3;
}
