namespace Mibc.Language.Tls;

/// <summary>
/// One entry of OpenSSL's cipher_aliases[] table. A zero mask leaves that
/// category unconstrained; a non-zero mask matches suites sharing a bit.
/// <c>Available</c> is true when ssl_cipher_collect_aliases keeps the alias,
/// which it does when each category the alias names keeps one algorithm the
/// build provides. OpenSSL treats the name of an unavailable alias as unknown.
/// </summary>
internal sealed record CipherAlias(
    string Name,
    KeyExchange KeyExchange,
    Authentication Authentication,
    Encryption Encryption,
    MacAlgorithm Mac,
    TlsProtocol? Protocol,
    CipherStrength Strength,
    bool Available);
