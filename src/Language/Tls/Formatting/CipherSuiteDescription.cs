namespace Mibc.Language.Tls;

/// <summary>
/// Writes the one-line description of a suite that SSL_CIPHER_description
/// produces, which is what <c>openssl ciphers -v</c> prints.
/// </summary>
public static class CipherSuiteDescription
{
    /// <summary>
    /// Returns the description line of a suite, without the line break, in
    /// the column layout of the given OpenSSL release.
    /// </summary>
    public static string Describe(CipherSuite suite, OpenSslVersion version)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var columns = Columns(suite, version);
        return version == OpenSslVersion.V1_0_1
            ? $"{suite.OpenSslName,-23} {columns.Protocol} Kx={columns.KeyExchange,-8} Au={columns.Authentication,-4} Enc={columns.Encryption,-9} Mac={columns.Mac,-4}{(suite.IsExport ? " export" : string.Empty)}"
            : $"{suite.OpenSslName,-30} {columns.Protocol,-7} Kx={columns.KeyExchange,-8} Au={columns.Authentication,-5} Enc={columns.Encryption,-22} Mac={columns.Mac,-4}";
    }

    /// <summary>Returns the protocol, Kx, Au, Enc and Mac values OpenSSL prints for a suite.</summary>
    public static (string Protocol, string KeyExchange, string Authentication, string Encryption, string Mac) Columns(
        CipherSuite suite, OpenSslVersion version)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var protocol = suite.MinProtocol switch
        {
            // NOTE: 1.0.1 prints "SSLv3" for TLS 1.0 suites because its
            // SSL_TLSV1 bit is the SSL_SSLV3 bit.
            TlsProtocol.TLSv1 when version == OpenSslVersion.V1_0_1 => "SSLv3",
            var minimum => minimum.ToOpenSslName(),
        };
        return (protocol, KeyExchangeName(suite), AuthenticationName(suite.Authentication),
            EncryptionName(suite, version), MacName(suite.Mac));
    }

    private static string KeyExchangeName(CipherSuite suite)
    {
        var exportKeyBits = (suite.Strength & CipherStrength.Export40) != 0 ? "512" : "1024";
        return suite.KeyExchange switch
        {
            KeyExchange.Rsa when suite.IsExport => $"RSA({exportKeyBits})",
            KeyExchange.Rsa => "RSA",
            KeyExchange.Dhe when suite.IsExport => $"DH({exportKeyBits})",
            KeyExchange.Dhe => "DH",
            KeyExchange.Ecdhe => "ECDH",
            KeyExchange.Psk => "PSK",
            KeyExchange.RsaPsk => "RSAPSK",
            KeyExchange.EcdhePsk => "ECDHEPSK",
            KeyExchange.DhePsk => "DHEPSK",
            KeyExchange.Srp => "SRP",
            KeyExchange.Gost => "GOST",
            KeyExchange.Gost18 => "GOST18",
            KeyExchange.DhRsa => "DH/RSA",
            KeyExchange.DhDss => "DH/DSS",
            KeyExchange.EcdhRsa => "ECDH/RSA",
            KeyExchange.EcdhEcdsa => "ECDH/ECDSA",
            KeyExchange.Kerberos5 => "KRB5",
            KeyExchange.Any => "any",
            _ => "unknown",
        };
    }

    private static string AuthenticationName(Authentication authentication) => authentication switch
    {
        Authentication.Rsa => "RSA",
        Authentication.Dss => "DSS",
        Authentication.Anonymous => "None",
        Authentication.Ecdsa => "ECDSA",
        Authentication.Psk => "PSK",
        Authentication.Srp => "SRP",
        Authentication.Gost01 => "GOST01",
        Authentication.Gost01 | Authentication.Gost12 => "GOST12",
        Authentication.Gost94 => "GOST94",
        Authentication.Dh => "DH",
        Authentication.Ecdh => "ECDH",
        Authentication.Kerberos5 => "KRB5",
        Authentication.Any => "any",
        _ => "unknown",
    };

    private static string EncryptionName(CipherSuite suite, OpenSslVersion version)
    {
        // 1.0.1 prints the export key length: 40 bits for EXPORT40, else 56.
        var exportBits = (suite.Strength & CipherStrength.Export40) != 0 ? "40" : "56";
        var export = suite.IsExport && version == OpenSslVersion.V1_0_1;
        return suite.Encryption switch
        {
            Encryption.Des when export && exportBits == "40" => "DES(40)",
            Encryption.Des => "DES(56)",
            Encryption.TripleDes => "3DES(168)",
            Encryption.Rc4 when export => $"RC4({exportBits})",
            Encryption.Rc4 => "RC4(128)",
            Encryption.Rc2 when export => $"RC2({exportBits})",
            Encryption.Rc2 => "RC2(128)",
            Encryption.Idea => "IDEA(128)",
            Encryption.Null => "None",
            Encryption.Aes128 => "AES(128)",
            Encryption.Aes256 => "AES(256)",
            Encryption.Aes128Gcm => "AESGCM(128)",
            Encryption.Aes256Gcm => "AESGCM(256)",
            Encryption.Aes128Ccm => "AESCCM(128)",
            Encryption.Aes256Ccm => "AESCCM(256)",
            Encryption.Aes128Ccm8 => "AESCCM8(128)",
            Encryption.Aes256Ccm8 => "AESCCM8(256)",
            Encryption.Camellia128 => "Camellia(128)",
            Encryption.Camellia256 => "Camellia(256)",
            Encryption.Aria128Gcm => "ARIAGCM(128)",
            Encryption.Aria256Gcm => "ARIAGCM(256)",
            Encryption.Seed => "SEED(128)",
            Encryption.Gost89 or Encryption.Gost89Cnt12 => "GOST89(256)",
            Encryption.Magma => "MAGMA",
            Encryption.Kuznyechik => "KUZNYECHIK",
            Encryption.ChaCha20Poly1305 => "CHACHA20/POLY1305(256)",
            _ => "unknown",
        };
    }

    private static string MacName(MacAlgorithm mac) => mac switch
    {
        MacAlgorithm.Md5 => "MD5",
        MacAlgorithm.Sha1 => "SHA1",
        MacAlgorithm.Sha256 => "SHA256",
        MacAlgorithm.Sha384 => "SHA384",
        MacAlgorithm.Aead => "AEAD",
        MacAlgorithm.Gost89Mac or MacAlgorithm.Gost89Mac12 => "GOST89",
        MacAlgorithm.Gost94 => "GOST94",
        MacAlgorithm.Gost2012_256 or MacAlgorithm.Gost2012_512 => "GOST2012",
        _ => "unknown",
    };
}
