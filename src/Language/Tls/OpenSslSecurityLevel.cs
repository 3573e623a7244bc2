namespace Mibc.Language.Tls;

/// <summary>
/// OpenSSL 3.0's security levels as they apply to cipher suites, from
/// ssl_security_default_callback in ssl/ssl_cert.c. A level only limits what
/// a server negotiates; <c>openssl ciphers</c> without -s lists suites below
/// the level as well.
/// </summary>
public static class OpenSslSecurityLevel
{
    /// <summary>The lowest level, which allows every suite.</summary>
    public const int Minimum = 0;

    /// <summary>The highest level.</summary>
    public const int Maximum = 5;

    private static readonly int[] MinimumBits = [0, 80, 112, 128, 192, 256];

    private const KeyExchange ForwardSecretKeyExchange =
        KeyExchange.Dhe | KeyExchange.Ecdhe | KeyExchange.DhePsk | KeyExchange.EcdhePsk;

    /// <summary>Returns the minimum security strength in bits of a level (0 to 5).</summary>
    public static int MinimumStrengthBits(int level) => MinimumBits[Math.Clamp(level, Minimum, Maximum)];

    /// <summary>Whether a server at the given level (0 to 5; values outside are clamped) can negotiate a suite.</summary>
    public static bool Allows(CipherSuite suite, int level)
    {
        level = Math.Clamp(level, Minimum, Maximum);
        if (level == 0)
        {
            return true;
        }

        var minimumBits = MinimumBits[level];
        if (suite.StrengthBits < minimumBits
            || suite.Authentication == Authentication.Anonymous
            || (suite.Mac & MacAlgorithm.Md5) != 0)
        {
            return false;
        }

        // SHA-1 as HMAC gives 160 bits of security.
        if (minimumBits > 160 && (suite.Mac & MacAlgorithm.Sha1) != 0)
        {
            return false;
        }

        if (level >= 2 && suite.Encryption == Encryption.Rc4)
        {
            return false;
        }

        return level < 3 || suite.IsTls13 || (suite.KeyExchange & ForwardSecretKeyExchange) != 0;
    }
}
