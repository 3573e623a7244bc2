using System.Text;
using Mibc.Language.Tls;

namespace Mibc.Tests.Tls;

/// <summary>
/// Builds random cipher strings from OpenSSL aliases, suite names and
/// operators, for comparing the evaluator with the real openssl. A fixed
/// seed keeps every run identical.
/// </summary>
internal static class RandomCipherStrings
{
    // The aliases of ciphers(1) for 3.0 and 1.0.1, including names one of
    // the releases lacks, so that ignored words are exercised too.
    private static readonly string[] Aliases =
    [
        "ALL", "COMPLEMENTOFALL", "COMPLEMENTOFDEFAULT", "HIGH", "MEDIUM", "LOW", "EXPORT", "EXP",
        "EXPORT40", "EXPORT56", "aNULL", "eNULL", "NULL", "kRSA", "aRSA", "RSA", "kEDH", "kDHE", "EDH", "DHE",
        "DH", "ADH", "kEECDH", "kECDHE", "EECDH", "ECDHE", "ECDH", "AECDH", "aECDSA", "ECDSA", "aDSS", "DSS",
        "PSK", "kPSK", "kRSAPSK", "kECDHEPSK", "kDHEPSK", "aPSK", "SRP", "kSRP", "aSRP", "AESGCM", "AESCCM",
        "AESCCM8", "AES", "AES128", "AES256", "CHACHA20", "CAMELLIA", "CAMELLIA128", "CAMELLIA256", "ARIA",
        "ARIA128", "ARIA256", "ARIAGCM", "SEED", "IDEA", "RC4", "RC2", "DES", "3DES", "SHA1", "SHA", "SHA256",
        "SHA384", "MD5", "TLSv1.2", "TLSv1.0", "TLSv1", "SSLv3", "SSLv2", "FIPS", "CBC", "kECDHr", "kECDHe",
        "kECDH", "aECDH", "kDHr", "aGOST", "GOST89MAC", "kGOST", "SUITEB128", "DEFAULT",
    ];

    private static readonly string[] Junk = ["FOO", "high", "RSA+", "++", "/", "HIGH/MEDIUM", "@FOO", "@SECLEVEL=9"];

    private static readonly string[] Prefixes = ["", "", "", "", "!", "!", "-", "+"];

    private static readonly string[] Separators = [":", ":", ":", ":", ",", " ", ";"];

    /// <summary>Returns <paramref name="count"/> strings built from the given seed.</summary>
    public static List<string> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var suiteNames = OpenSslCipherCatalog.For(OpenSslVersion.V3_0).Suites
            .Concat(OpenSslCipherCatalog.For(OpenSslVersion.V1_0_1).Suites)
            .Select(suite => suite.OpenSslName)
            .Distinct()
            .ToArray();
        var strings = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            strings.Add(Build(random, suiteNames));
        }

        return strings;
    }

    private static string Build(Random random, string[] suiteNames)
    {
        var text = new StringBuilder();
        if (random.Next(8) == 0)
        {
            text.Append(random.Next(2) == 0 ? "DEFAULT:" : "DEFAULT");
        }

        var entries = 1 + random.Next(6);
        for (var entry = 0; entry < entries; entry++)
        {
            if (entry > 0 || text.Length > 0)
            {
                text.Append(Separators[random.Next(Separators.Length)]);
            }

            text.Append(Entry(random, suiteNames, first: entry == 0));
        }

        return text.ToString();
    }

    private static string Entry(Random random, string[] suiteNames, bool first)
    {
        var roll = random.Next(40);
        if (roll == 0)
        {
            return Junk[random.Next(Junk.Length)];
        }

        if (roll == 1)
        {
            return "@STRENGTH";
        }

        if (roll == 2)
        {
            return $"@SECLEVEL={random.Next(6)}";
        }

        // A leading removal would leave little to compare, so most strings
        // start by adding suites.
        var prefix = first && random.Next(4) != 0 ? string.Empty : Prefixes[random.Next(Prefixes.Length)];
        var parts = random.Next(5) switch
        {
            0 => 2,
            1 => 3,
            _ => 1,
        };
        var names = Enumerable.Range(0, parts)
            .Select(_ => random.Next(6) == 0 ? suiteNames[random.Next(suiteNames.Length)] : Aliases[random.Next(Aliases.Length)]);
        return prefix + string.Join('+', names);
    }
}
