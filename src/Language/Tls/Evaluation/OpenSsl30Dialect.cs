namespace Mibc.Language.Tls;

/// <summary>
/// OpenSSL 3.0's rules, from ssl/ssl_ciph.c of the 3.0 branch.
/// </summary>
internal sealed class OpenSsl30Dialect : OpenSslDialect
{
    private const CipherStrength StrongMask =
        CipherStrength.StrongNone | CipherStrength.Low | CipherStrength.Medium | CipherStrength.High | CipherStrength.Fips;

    private const CipherStrength DefaultMask = CipherStrength.NotDefault;

    private const KeyExchange EphemeralKeyExchange = KeyExchange.Dhe | KeyExchange.Ecdhe;

    private const Encryption AesGcm = Encryption.Aes128Gcm | Encryption.Aes256Gcm;

    private const Encryption AesWithoutGcm = Encryption.Aes128 | Encryption.Aes256
        | Encryption.Aes128Ccm | Encryption.Aes256Ccm | Encryption.Aes128Ccm8 | Encryption.Aes256Ccm8;

    private static readonly (string Keyword, string Replacement)[] SuiteBKeywords =
    [
        ("SUITEB128ONLY", "ECDHE-ECDSA-AES128-GCM-SHA256"),
        ("SUITEB128C2", "ECDHE-ECDSA-AES256-GCM-SHA384"),
        ("SUITEB128", "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384"),
        ("SUITEB192", "ECDHE-ECDSA-AES256-GCM-SHA384"),
    ];

    // NOTE: the steps of ssl_create_cipher_list in this order. The bumps at
    // the end give (EC)DHE with AEAD > (EC)DHE > other AEAD > the rest.
    private static readonly (CipherRuleOperation, CipherSelector)[] OrderSteps =
    [
        (CipherRuleOperation.Add, CipherSelector.All with { KeyExchange = KeyExchange.Ecdhe, Authentication = Authentication.Ecdsa }),
        (CipherRuleOperation.Add, CipherSelector.All with { KeyExchange = KeyExchange.Ecdhe }),
        (CipherRuleOperation.Delete, CipherSelector.All with { KeyExchange = KeyExchange.Ecdhe }),
        (CipherRuleOperation.Add, CipherSelector.All with { Encryption = AesGcm }),
        (CipherRuleOperation.Add, CipherSelector.All with { Encryption = Encryption.ChaCha20Poly1305 }),
        (CipherRuleOperation.Add, CipherSelector.All with { Encryption = AesWithoutGcm }),
        (CipherRuleOperation.Add, CipherSelector.All),
        (CipherRuleOperation.MoveToEnd, CipherSelector.All with { Mac = MacAlgorithm.Md5 }),
        (CipherRuleOperation.MoveToEnd, CipherSelector.All with { Authentication = Authentication.Anonymous }),
        (CipherRuleOperation.MoveToEnd, CipherSelector.All with { KeyExchange = KeyExchange.Rsa }),
        (CipherRuleOperation.MoveToEnd, CipherSelector.All with { KeyExchange = KeyExchange.Psk }),
        (CipherRuleOperation.MoveToEnd, CipherSelector.All with { Encryption = Encryption.Rc4 }),
        (CipherRuleOperation.SortByStrength, CipherSelector.All),
        (CipherRuleOperation.MoveToFront, CipherSelector.All with { Protocol = TlsProtocol.TLSv1_2 }),
        (CipherRuleOperation.MoveToFront, CipherSelector.All with { Mac = MacAlgorithm.Aead }),
        (CipherRuleOperation.MoveToFront, CipherSelector.All with { KeyExchange = EphemeralKeyExchange }),
        (CipherRuleOperation.MoveToFront, CipherSelector.All with { KeyExchange = EphemeralKeyExchange, Mac = MacAlgorithm.Aead }),
        (CipherRuleOperation.Delete, CipherSelector.All),
    ];

    private OpenSsl30Dialect()
    {
    }

    /// <summary>The single instance.</summary>
    public static OpenSsl30Dialect Instance { get; } = new();

    /// <inheritdoc/>
    public override OpenSslVersion Version => OpenSslVersion.V3_0;

    /// <inheritdoc/>
    public override string DefaultCipherList => CipherTables.OpenSsl30DefaultCipherList;

    /// <inheritdoc/>
    public override bool SupportsSecurityLevel => true;

    /// <inheritdoc/>
    protected override IReadOnlyList<CipherStrength> StrengthGroups { get; } = [StrongMask, DefaultMask];

    /// <inheritdoc/>
    protected override IReadOnlyList<(CipherRuleOperation Operation, CipherSelector Selector)> DefaultOrderSteps => OrderSteps;

    /// <inheritdoc/>
    protected override bool SortsTableById => true;

    /// <inheritdoc/>
    protected override bool MatchesSuiteCode => true;

    /// <inheritdoc/>
    public override bool IsNameCharacter(char c) => base.IsNameCharacter(c) || c == '=';

    /// <inheritdoc/>
    public override (string Replacement, int KeywordLength)? ExpandSuiteB(string cipherString)
    {
        // NOTE: check_suiteb_cipher_list compares only a prefix, so
        // "SUITEB128FOO" counts as SUITEB128, and whatever follows the
        // keyword is dropped with the rest of the string.
        foreach (var (keyword, replacement) in SuiteBKeywords)
        {
            if (cipherString.StartsWith(keyword, StringComparison.Ordinal))
            {
                return (replacement, keyword.Length);
            }
        }

        return null;
    }

    /// <inheritdoc/>
    protected override bool TryCombineStrength(ref CipherStrength pattern, CipherStrength part)
    {
        var strong = part & StrongMask;
        if (strong != 0)
        {
            if ((pattern & StrongMask) == 0)
            {
                // NOTE: OpenSSL 3.0 assigns here instead of or-ing, which
                // drops a NotDefault flag that an earlier part set, so
                // "COMPLEMENTOFDEFAULT+HIGH" selects all HIGH suites.
                pattern = strong;
            }
            else
            {
                pattern &= strong | ~StrongMask;
                if ((pattern & StrongMask) == 0)
                {
                    return false;
                }
            }
        }

        var notDefault = part & DefaultMask;
        if (notDefault != 0)
        {
            if ((pattern & DefaultMask) == 0)
            {
                pattern |= notDefault;
            }
            else
            {
                pattern &= notDefault | ~DefaultMask;
                if ((pattern & DefaultMask) == 0)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
