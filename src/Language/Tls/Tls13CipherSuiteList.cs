using System.Collections.Immutable;

namespace Mibc.Language.Tls;

/// <summary>
/// The result of reading a TLS 1.3 ciphersuites setting (OpenSSL's
/// -ciphersuites, nginx's ssl_conf_command Ciphersuites).
/// </summary>
/// <param name="Version">The OpenSSL release whose rules were applied.</param>
/// <param name="Text">The setting as written.</param>
/// <param name="Suites">The TLS 1.3 suites in the order written; duplicates are kept, as OpenSSL keeps them.</param>
/// <param name="Diagnostics">Errors and warnings, with offsets into <paramref name="Text"/>.</param>
public sealed record Tls13CipherSuiteList(
    OpenSslVersion Version,
    string Text,
    ImmutableArray<CipherSuite> Suites,
    ImmutableArray<CipherStringDiagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.Severity == CipherStringSeverity.Error);

    /// <summary>Whether OpenSSL itself rejects the setting.</summary>
    public bool RejectedByOpenSsl => Diagnostics.Any(diagnostic => diagnostic.RejectedByOpenSsl);

    /// <summary>
    /// Reads a colon-separated list of TLS 1.3 suite names, following
    /// set_ciphersuites in OpenSSL 3.0's ssl/ssl_ciph.c: blanks around names
    /// are dropped, unknown names are skipped, and a non-empty setting that
    /// names no suite fails. An empty setting is valid and turns TLS 1.3
    /// suites off.
    /// </summary>
    public static Tls13CipherSuiteList Parse(string text, OpenSslVersion version)
    {
        ArgumentNullException.ThrowIfNull(text);
        var catalog = OpenSslCipherCatalog.For(version);
        var suites = ImmutableArray.CreateBuilder<CipherSuite>();
        var diagnostics = ImmutableArray.CreateBuilder<CipherStringDiagnostic>();
        if (text.Length == 0)
        {
            return new Tls13CipherSuiteList(version, text, [], []);
        }

        if (catalog.Tls13Suites.IsEmpty)
        {
            diagnostics.Add(new CipherStringDiagnostic(
                CipherStringDiagnosticKind.UnavailableName, CipherStringSeverity.Error, 0, text.Length,
                $"OpenSSL {version.ToVersionString()} has no TLS 1.3, so it has no ciphersuites setting"));
            return new Tls13CipherSuiteList(version, text, [], diagnostics.ToImmutable());
        }

        var openSslAccepts = false;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf(':', start);
            end = end < 0 ? text.Length : end;
            var (offset, name) = Trim(text, start, end);
            if (name.Length > 0)
            {
                openSslAccepts |= AddSuite(catalog, name, offset, suites, diagnostics);
            }

            start = end + 1;
        }

        if (!openSslAccepts)
        {
            diagnostics.Add(new CipherStringDiagnostic(
                CipherStringDiagnosticKind.NoCipherMatch, CipherStringSeverity.Error, 0, text.Length,
                $"no cipher matches '{text}'"));
            suites.Clear();
        }

        return new Tls13CipherSuiteList(version, text, suites.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>Adds one named suite; returns whether OpenSSL accepts the name.</summary>
    private static bool AddSuite(
        OpenSslCipherCatalog catalog, string name, int offset,
        ImmutableArray<CipherSuite>.Builder suites, ImmutableArray<CipherStringDiagnostic>.Builder diagnostics)
    {
        var tls13 = catalog.Tls13Suites.FirstOrDefault(suite => suite.IanaName == name);
        if (tls13 is not null)
        {
            suites.Add(tls13);
            return true;
        }

        // NOTE: the catalog also finds suites the build compiles out (RC4
        // and 3DES in 3.0). OpenSSL does not know those names, so a setting
        // naming only such suites fails in OpenSSL, but mibc reports
        // NotATls13Suite without NoCipherMatch for it.
        if (catalog.TryFindByIanaName(name, out var older))
        {
            // NOTE: OpenSSL 3.0 looks the name up in every suite table and
            // then offers a TLS 1.2 suite first, ahead of the cipher string.
            // mibc leaves it out and reports it, because no TLS 1.3
            // handshake can use it.
            diagnostics.Add(new CipherStringDiagnostic(
                CipherStringDiagnosticKind.NotATls13Suite, CipherStringSeverity.Error, offset, name.Length,
                $"'{name}' is not a TLS 1.3 suite; put {older.OpenSslName} in the cipher string instead"));
            return true;
        }

        var sameLetters = catalog.Tls13Suites.FirstOrDefault(
            suite => string.Equals(suite.IanaName, name, StringComparison.OrdinalIgnoreCase));
        var hint = sameLetters is null ? string.Empty : $"; names are case-sensitive, did you mean '{sameLetters.IanaName}'?";
        diagnostics.Add(new CipherStringDiagnostic(
            CipherStringDiagnosticKind.UnknownName, CipherStringSeverity.Error, offset, name.Length,
            $"no cipher matches '{name}'{hint}"));
        return false;
    }

    private static (int Offset, string Name) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, text[start..end]);
    }
}
