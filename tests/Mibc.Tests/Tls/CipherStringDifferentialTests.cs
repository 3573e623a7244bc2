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

    [Fact]
    public void OpenSslOnPathIsRelease30()
    {
        Assert.StartsWith("OpenSSL 3.0.", OpenSslCiphersCommand.Version());
    }

    [Fact]
    public void RandomStringsListLikeOpenSsl()
    {
        var strings = RandomCipherStrings.Generate(StringCount, Seed);

        var outcomes = OpenSslCiphersCommand.Run(strings, ["-ciphersuites", "", "-v"]);

        var mismatches = new List<string>();
        for (var i = 0; i < strings.Count; i++)
        {
            var expansion = CipherStringEvaluator.Evaluate(strings[i], OpenSslVersion.V3_0);
            var expected = outcomes[i].Succeeded ? outcomes[i].Lines.Select(line => line.TrimEnd()) : [];
            var actual = expansion.Suites.Select(suite => CipherSuiteDescription.Describe(suite, OpenSslVersion.V3_0).TrimEnd());
            if (outcomes[i].Succeeded == expansion.RejectedByOpenSsl || !expected.SequenceEqual(actual))
            {
                mismatches.Add(Mismatch(strings[i], expected, actual));
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Take(20)));
    }

    private static string Mismatch(string cipherString, IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var expectedNames = expected.Select(line => line.Split(' ')[0]).ToList();
        var actualNames = actual.Select(line => line.Split(' ')[0]).ToList();
        return $"[{cipherString}]\n  openssl: {string.Join(':', expectedNames)}\n  mibc:    {string.Join(':', actualNames)}";
    }

    [Fact]
    public void RandomStringsCoverAcceptedAndRejected()
    {
        var strings = RandomCipherStrings.Generate(StringCount, Seed);

        var rejected = strings.Count(text => CipherStringEvaluator.Evaluate(text, OpenSslVersion.V3_0).RejectedByOpenSsl);

        Assert.InRange(rejected, StringCount / 20, StringCount / 2);
    }
}
