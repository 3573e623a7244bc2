using System.Collections.Immutable;

namespace Mibc.Language.Tls;

/// <summary>
/// Expands OpenSSL cipher strings (the ssl_ciphers, tls_high_cipherlist and
/// ssl_cipher_list settings) into the ordered suite list a given OpenSSL
/// release produces.
/// </summary>
public static class CipherStringEvaluator
{
    private const string DefaultKeyword = "DEFAULT";

    /// <summary>
    /// Evaluates a cipher string by the rules of an OpenSSL release. Problems
    /// in the string come back as diagnostics with offsets into
    /// <paramref name="cipherString"/>, not as exceptions.
    /// </summary>
    public static CipherStringExpansion Evaluate(string cipherString, OpenSslVersion version)
    {
        ArgumentNullException.ThrowIfNull(cipherString);
        var dialect = OpenSslDialect.For(version);
        var diagnostics = new List<CipherStringDiagnostic>();
        var list = dialect.CreateOrderedList();
        var processor = new CipherRuleProcessor(dialect, list, diagnostics);

        var rules = cipherString;
        var reportRules = true;
        if (dialect.ExpandSuiteB(cipherString) is var (replacement, keywordLength))
        {
            ReportTextAfterSuiteB(cipherString, keywordLength, diagnostics, dialect);
            rules = replacement;
            reportRules = false;
        }

        // NOTE: OpenSSL expands DEFAULT only as a prefix of the whole string
        // (a plain strncmp, so "DEFAULTX" is DEFAULT followed by "X").
        var succeeded = true;
        var start = 0;
        if (rules.StartsWith(DefaultKeyword, StringComparison.Ordinal))
        {
            succeeded = processor.Process(dialect.DefaultCipherList, 0, report: false);
            start = DefaultKeyword.Length;
            if (start < rules.Length && rules[start] == ':')
            {
                start++;
            }
        }

        if (succeeded && start < rules.Length)
        {
            succeeded = processor.Process(rules, start, reportRules);
        }

        var suites = succeeded ? list.ActiveSuites() : [];
        if (succeeded && suites.Count == 0)
        {
            diagnostics.Add(new CipherStringDiagnostic(
                CipherStringDiagnosticKind.NoCipherMatch, CipherStringSeverity.Error, 0, cipherString.Length,
                cipherString.Length == 0
                    ? "no cipher matches: the cipher string is empty"
                    : $"no cipher matches '{cipherString}'"));
        }

        return new CipherStringExpansion(version, cipherString, [.. suites], [.. diagnostics], processor.SecurityLevel);
    }

    private static void ReportTextAfterSuiteB(
        string cipherString, int keywordLength, List<CipherStringDiagnostic> diagnostics, OpenSslDialect dialect)
    {
        if (cipherString.Length == keywordLength)
        {
            return;
        }

        diagnostics.Add(new CipherStringDiagnostic(
            CipherStringDiagnosticKind.IgnoredText, CipherStringSeverity.Warning,
            keywordLength, cipherString.Length - keywordLength,
            $"OpenSSL {dialect.Version.ToVersionString()} replaces the whole cipher string with the Suite B list " +
            $"of {cipherString[..keywordLength]} and ignores '{cipherString[keywordLength..]}'"));
    }
}
