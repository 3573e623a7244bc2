namespace Mibc.Language.Tls;

/// <summary>
/// OpenSSL 1.0.1's rules, from the upstream ssl/ssl_ciph.c of 1.0.1k.
/// </summary>
internal sealed class OpenSsl101Dialect : OpenSslDialect
{
    private const CipherStrength ExportMask = CipherStrength.NotExport | CipherStrength.Export;

    private const CipherStrength StrongMask = CipherStrength.StrongNone | CipherStrength.Export40
        | CipherStrength.Export56 | CipherStrength.Low | CipherStrength.Medium | CipherStrength.High | CipherStrength.Fips;

    private const Encryption Aes = Encryption.Aes128 | Encryption.Aes256 | Encryption.Aes128Gcm | Encryption.Aes256Gcm;

    // NOTE: the steps of the 1.0.1 ssl_create_cipher_list in this order.
    private static readonly (CipherRuleOperation, CipherSelector)[] OrderSteps =
    [
        (CipherRuleOperation.Add, CipherSelector.All with { KeyExchange = KeyExchange.Ecdhe }),
        (CipherRuleOperation.Delete, CipherSelector.All with { KeyExchange = KeyExchange.Ecdhe }),
        (CipherRuleOperation.Add, CipherSelector.All with { Encryption = Aes }),
        (CipherRuleOperation.Add, CipherSelector.All),
        (CipherRuleOperation.MoveToEnd, CipherSelector.All with { Mac = MacAlgorithm.Md5 }),
        (CipherRuleOperation.MoveToEnd, CipherSelector.All with { Authentication = Authentication.Anonymous }),
        (CipherRuleOperation.MoveToEnd, CipherSelector.All with { Authentication = Authentication.Ecdh }),
        (CipherRuleOperation.MoveToEnd, CipherSelector.All with { KeyExchange = KeyExchange.Rsa }),
        (CipherRuleOperation.MoveToEnd, CipherSelector.All with { KeyExchange = KeyExchange.Psk }),
        (CipherRuleOperation.MoveToEnd, CipherSelector.All with { KeyExchange = KeyExchange.Kerberos5 }),
        (CipherRuleOperation.MoveToEnd, CipherSelector.All with { Encryption = Encryption.Rc4 }),
        (CipherRuleOperation.SortByStrength, CipherSelector.All),
        (CipherRuleOperation.Delete, CipherSelector.All),
    ];

    private OpenSsl101Dialect()
    {
    }

    /// <summary>The single instance.</summary>
    public static OpenSsl101Dialect Instance { get; } = new();

    /// <inheritdoc/>
    public override OpenSslVersion Version => OpenSslVersion.V1_0_1;

    /// <inheritdoc/>
    public override string DefaultCipherList => CipherTables.OpenSsl101DefaultCipherList;

    /// <inheritdoc/>
    public override bool SupportsSecurityLevel => false;

    /// <inheritdoc/>
    protected override IReadOnlyList<CipherStrength> StrengthGroups { get; } = [ExportMask, StrongMask];

    /// <inheritdoc/>
    protected override IReadOnlyList<(CipherRuleOperation Operation, CipherSelector Selector)> DefaultOrderSteps => OrderSteps;

    /// <inheritdoc/>
    protected override bool SortsTableById => false;

    /// <inheritdoc/>
    protected override bool MatchesSuiteCode => false;

    /// <inheritdoc/>
    protected override TlsProtocol ProtocolClass(TlsProtocol protocol) =>
        // NOTE: 1.0.1 defines SSL_TLSV1 as SSL_SSLV3, so the SSLv3 and TLSv1
        // aliases both select every suite that is not TLS 1.2 only.
        protocol == TlsProtocol.TLSv1 ? TlsProtocol.SSLv3 : protocol;
}
