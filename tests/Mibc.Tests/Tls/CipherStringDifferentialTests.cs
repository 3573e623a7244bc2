using Mibc.Language.Tls;

namespace Mibc.Tests.Tls;

/// <summary>
/// Compares the evaluator for OpenSSL 3.0 with the openssl binary of this
/// machine, which must be an OpenSSL 3.0 release.
/// </summary>
public sealed class CipherStringDifferentialTests
{
    private const int Seed = 20240604;

    private const int StringCount = 600;

    private const int SecurityLevelStringCount = 200;

    private const int CipherSuitesValueCount = 150;

    // Cases where OpenSSL's parser has quirks that random strings rarely hit.
    private static readonly string[] EdgeCases =
    [
        "HIGH:!aNULL:!MD5", "DEFAULT", "DEFAULTX", "DEFAULT:", "DEFAULT:!kRSA", "HIGH:DEFAULT", "COMPLEMENTOFDEFAULT",
        "COMPLEMENTOFDEFAULT+HIGH", "HIGH+COMPLEMENTOFDEFAULT", "ALL:COMPLEMENTOFALL", "COMPLEMENTOFALL:@STRENGTH",
        "SUITEB128", "SUITEB128ONLY", "SUITEB128C2", "SUITEB192", "SUITEB128FOO:HIGH", "HIGH:SUITEB128",
        "RC4+:HIGH", "3DES+:HIGH", "RSA+", "HIGH!MD5", "HIGH/MEDIUM", "HIGH::MEDIUM", "HIGH;MEDIUM", "HIGH, MEDIUM",
        "AES128-SHA+RSA", "RSA+AES128-SHA", "AES128-SHA+DHE", "TLSv1+TLSv1.2", "TLSv1.0", "SSLv3", "kRSA+kDHE",
        "RSA+DHE", "-ALL:ALL", "ALL:-kRSA:kRSA", "ALL:!kRSA:kRSA", "ALL:+aNULL", "ALL:+kRSA:@STRENGTH",
        "@STRENGTH", "@SECLEVEL=6", "@SECLEVEL=x", "HIGH:@SECLEVEL=0", "HIGH:@SECLEVEL=10", "HIGH:@FOO",
        "HIGH:@STRENGTH+MD5", "high", "", ":", " ", "!ALL", "-HIGH", "+HIGH", "EDH-RSA-DES-CBC3-SHA",
        "ECDHE+AESGCM", "EECDH+AESGCM:EDH+AESGCM", "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256",
        "aECDSA+SHA384+TLSv1.2", "CAMELLIA+SHA1", "ARIA:CHACHA20", "PSK:-aPSK", "kPSK:+PSK", "SRP:!aSRP",
        "FIPS", "FIPS:eNULL", "CBC+SHA256", "AESCCM8", "MEDIUM:LOW", "TLS_AES_128_GCM_SHA256:HIGH",
    ];

    [Fact]
    public void OpenSslOnPathIsRelease30()
    {
        Assert.StartsWith("OpenSSL 3.0.", OpenSslCiphersCommand.Version());
    }

    [Fact]
    public void RandomStringsListLikeOpenSsl()
    {
        var strings = RandomCipherStrings.Generate(StringCount, Seed);

        var mismatches = CompareWithOpenSsl(strings);

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Take(10)));
    }

    [Fact]
    public void EdgeCasesListLikeOpenSsl()
    {
        var mismatches = CompareWithOpenSsl(EdgeCases);

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Take(10)));
    }

    [Fact]
    public void RandomStringsCoverAcceptedAndRejected()
    {
        var strings = RandomCipherStrings.Generate(StringCount, Seed);

        var rejected = strings.Count(text => CipherStringEvaluator.Evaluate(text, OpenSslVersion.V3_0).RejectedByOpenSsl);

        Assert.InRange(rejected, StringCount / 20, StringCount / 2);
    }

    [Fact]
    public void SecurityLevelsFilterLikeOpenSsl()
    {
        // -s lists what a server can negotiate; -psk and -srp keep PSK and
        // SRP suites in, which -s would otherwise drop for lack of a callback.
        // Each string ends with an explicit level, so the build's default
        // level does not matter.
        var random = new Random(Seed);
        var strings = RandomCipherStrings.Generate(SecurityLevelStringCount, Seed + 1)
            .Select(text => $"{text}:@SECLEVEL={random.Next(OpenSslSecurityLevel.Maximum + 1)}")
            .ToList();

        var outcomes = OpenSslCiphersCommand.Run(strings, ["-s", "-psk", "-srp", "-ciphersuites", "", "-v"]);

        var mismatches = new List<string>();
        for (var i = 0; i < strings.Count; i++)
        {
            var expansion = CipherStringEvaluator.Evaluate(strings[i], OpenSslVersion.V3_0);
            var expected = outcomes[i].Succeeded ? outcomes[i].Lines.Select(FirstColumn) : [];
            var actual = expansion.SuitesAllowedAtSecurityLevel(defaultLevel: 2).Select(suite => suite.OpenSslName);
            if (!expected.SequenceEqual(actual))
            {
                mismatches.Add(Mismatch(strings[i], expected, actual));
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Take(10)));
    }

    [Fact]
    public void CipherSuitesValuesListLikeOpenSsl()
    {
        var values = RandomCipherSuitesValues(CipherSuitesValueCount);

        var outcomes = OpenSslCiphersCommand.RunCipherSuites(values, []);

        var mismatches = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            var list = Tls13CipherSuiteList.Parse(values[i], OpenSslVersion.V3_0);
            var expected = outcomes[i].Succeeded ? outcomes[i].Lines.SelectMany(line => line.Split(':')) : [];
            var actual = list.RejectedByOpenSsl ? [] : list.Suites.Select(suite => suite.IanaName).Append("AES128-SHA");
            if (!expected.SequenceEqual(actual))
            {
                mismatches.Add(Mismatch(values[i], expected, actual));
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Take(10)));
    }

    private static List<string> CompareWithOpenSsl(IReadOnlyList<string> strings)
    {
        var outcomes = OpenSslCiphersCommand.Run(strings, ["-ciphersuites", "", "-v"]);
        var mismatches = new List<string>();
        for (var i = 0; i < strings.Count; i++)
        {
            var expansion = CipherStringEvaluator.Evaluate(strings[i], OpenSslVersion.V3_0);

            // The whole -v line is compared, so the table's key exchange,
            // authentication, encryption, MAC and protocol are checked too.
            var expected = outcomes[i].Succeeded ? outcomes[i].Lines.Select(line => line.TrimEnd()) : [];
            var actual = expansion.Suites.Select(suite => CipherSuiteDescription.Describe(suite, OpenSslVersion.V3_0).TrimEnd());
            if (outcomes[i].Succeeded == expansion.RejectedByOpenSsl || !expected.SequenceEqual(actual))
            {
                mismatches.Add(Mismatch(strings[i], expected.Select(FirstColumn), actual.Select(FirstColumn)));
            }
        }

        return mismatches;
    }

    private static List<string> RandomCipherSuitesValues(int count)
    {
        string[] names =
        [
            "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_AES_128_CCM_SHA256", "TLS_AES_128_CCM_8_SHA256", "tls_aes_128_gcm_sha256", "FOO", "",
            " TLS_AES_256_GCM_SHA384 ",
        ];
        var random = new Random(Seed);
        var values = new List<string> { string.Empty };
        while (values.Count < count)
        {
            var parts = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => names[random.Next(names.Length)]);
            values.Add(string.Join(':', parts));
        }

        return values;
    }

    private static string FirstColumn(string line) => line.Split(' ')[0];

    private static string Mismatch(string input, IEnumerable<string> expected, IEnumerable<string> actual) =>
        $"[{input}]\n  openssl: {string.Join(':', expected)}\n  mibc:    {string.Join(':', actual)}";
}
