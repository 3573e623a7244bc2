namespace Mibc.Language.Tls;

/// <summary>
/// The pattern one cipher-string entry selects suites with, as OpenSSL's
/// ssl_cipher_apply_rule receives it. A zero mask or a null value leaves
/// that part unconstrained.
/// </summary>
internal readonly record struct CipherSelector(
    KeyExchange KeyExchange,
    Authentication Authentication,
    Encryption Encryption,
    MacAlgorithm Mac,
    TlsProtocol? Protocol,
    CipherStrength Strength,
    ushort? SuiteCode)
{
    /// <summary>The selector that matches every suite.</summary>
    public static CipherSelector All => default;
}
