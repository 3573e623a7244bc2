namespace Mibc.Language.Tls;

/// <summary>
/// The rules in which OpenSSL releases differ when they turn a cipher string
/// into a list: the tables, the default ordering, how an entry's parts
/// combine and how a pattern matches a suite.
/// </summary>
internal abstract class OpenSslDialect
{
    /// <summary>Returns the dialect of an OpenSSL release.</summary>
    public static OpenSslDialect For(OpenSslVersion version) => version switch
    {
        OpenSslVersion.V3_0 => OpenSsl30Dialect.Instance,
        OpenSslVersion.V1_0_1 => OpenSsl101Dialect.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "unknown OpenSSL version"),
    };

    /// <summary>The release this dialect models.</summary>
    public abstract OpenSslVersion Version { get; }

    /// <summary>The suites and aliases of the release.</summary>
    public OpenSslCipherCatalog Catalog => OpenSslCipherCatalog.For(Version);

    /// <summary>The list a cipher string starting with DEFAULT begins from.</summary>
    public abstract string DefaultCipherList { get; }

    /// <summary>Whether "@SECLEVEL=n" is a valid command.</summary>
    public abstract bool SupportsSecurityLevel { get; }

    /// <summary>
    /// The strength-flag groups in the order OpenSSL combines them; within
    /// a group a pattern matches a suite sharing one flag with it.
    /// </summary>
    protected abstract IReadOnlyList<CipherStrength> StrengthGroups { get; }

    /// <summary>The ordering steps of ssl_create_cipher_list, ending with all suites inactive.</summary>
    protected abstract IReadOnlyList<(CipherRuleOperation Operation, CipherSelector Selector)> DefaultOrderSteps { get; }

    /// <summary>Whether a character can be part of a name in a cipher string.</summary>
    public virtual bool IsNameCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == '-' || c == '.';

    /// <summary>
    /// Returns the Suite B list that replaces a cipher string starting with a
    /// SUITEB keyword, and the length of that keyword.
    /// </summary>
    public virtual (string Replacement, int KeywordLength)? ExpandSuiteB(string cipherString) => null;

    /// <summary>
    /// Creates the suite list in OpenSSL's preference order with every
    /// suite inactive, as OpenSSL has it before it reads the cipher string.
    /// </summary>
    public CipherOrderList CreateOrderedList()
    {
        // NOTE: ssl3_get_cipher hands out ssl3_ciphers[] from the last entry
        // to the first, and every later rule keeps the order of equal suites.
        // OpenSSL 1.1.1 and later sort that table by suite id when the
        // library starts (ssl_sort_cipher_list); 1.0.1 keeps source order.
        var table = SortsTableById ? Catalog.Suites.OrderBy(suite => suite.Code) : Catalog.Suites.AsEnumerable();
        var list = new CipherOrderList(table.Reverse());
        foreach (var (operation, selector) in DefaultOrderSteps)
        {
            list.Apply(operation, suite => Matches(selector, suite));
        }

        return list;
    }

    /// <summary>Whether a suite matches a selector, as in ssl_cipher_apply_rule.</summary>
    public bool Matches(CipherSelector selector, CipherSuite suite)
    {
        if (MatchesSuiteCode && selector.SuiteCode is { } code && code != suite.Code)
        {
            return false;
        }

        if (!Overlaps((int)selector.KeyExchange, (int)suite.KeyExchange)
            || !Overlaps((int)selector.Authentication, (int)suite.Authentication)
            || !Overlaps((int)selector.Encryption, (int)suite.Encryption)
            || !Overlaps((int)selector.Mac, (int)suite.Mac))
        {
            return false;
        }

        if (selector.Protocol is { } protocol && ProtocolClass(protocol) != ProtocolClass(suite.MinProtocol))
        {
            return false;
        }

        foreach (var group in StrengthGroups)
        {
            if ((selector.Strength & group) != 0 && (selector.Strength & group & suite.Strength) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Narrows an entry's pattern by one more "+"-joined part. Returns false
    /// when the parts exclude each other, which makes OpenSSL skip the entry.
    /// </summary>
    public bool TryCombine(ref CipherSelector pattern, CipherSelector part, bool partIsSuite)
    {
        if (!TryIntersect((int)pattern.KeyExchange, (int)part.KeyExchange, out var keyExchange)
            || !TryIntersect((int)pattern.Authentication, (int)part.Authentication, out var authentication)
            || !TryIntersect((int)pattern.Encryption, (int)part.Encryption, out var encryption)
            || !TryIntersect((int)pattern.Mac, (int)part.Mac, out var mac))
        {
            return false;
        }

        var strength = pattern.Strength;
        if (!TryCombineStrength(ref strength, part.Strength))
        {
            return false;
        }

        // NOTE: OpenSSL resets the suite id for every part, so only a suite
        // named in the last part restricts the match to that one suite. A
        // suite's protocol never becomes part of the pattern.
        var protocol = pattern.Protocol;
        if (!partIsSuite && part.Protocol is { } partProtocol)
        {
            if (protocol is { } current && ProtocolClass(current) != ProtocolClass(partProtocol))
            {
                return false;
            }

            protocol = partProtocol;
        }

        pattern = new CipherSelector(
            (KeyExchange)keyExchange, (Authentication)authentication, (Encryption)encryption,
            (MacAlgorithm)mac, protocol, strength, partIsSuite ? part.SuiteCode : null);
        return true;
    }

    /// <summary>Whether the library sorts its suite table by id before use.</summary>
    protected abstract bool SortsTableById { get; }

    /// <summary>Whether explicit suite names select by suite id (3.0) or only by their algorithms (1.0.1).</summary>
    protected abstract bool MatchesSuiteCode { get; }

    /// <summary>Maps protocol versions that the release does not tell apart onto one value.</summary>
    protected virtual TlsProtocol ProtocolClass(TlsProtocol protocol) => protocol;

    /// <summary>Combines the strength flags of one more part into an entry's pattern.</summary>
    protected virtual bool TryCombineStrength(ref CipherStrength pattern, CipherStrength part)
    {
        foreach (var group in StrengthGroups)
        {
            var flags = part & group;
            if (flags == 0)
            {
                continue;
            }

            if ((pattern & group) == 0)
            {
                pattern |= flags;
                continue;
            }

            pattern &= flags | ~group;
            if ((pattern & group) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Overlaps(int pattern, int value) => pattern == 0 || (pattern & value) != 0;

    private static bool TryIntersect(int pattern, int part, out int result)
    {
        result = pattern;
        if (part == 0)
        {
            return true;
        }

        result = pattern == 0 ? part : pattern & part;
        return result != 0;
    }
}
