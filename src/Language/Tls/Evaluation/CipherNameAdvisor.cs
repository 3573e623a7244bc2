namespace Mibc.Language.Tls;

/// <summary>
/// Words the diagnostics for cipher-string entries that OpenSSL skips
/// without a word, so that a user learns why part of a setting does nothing.
/// </summary>
internal sealed class CipherNameAdvisor(OpenSslDialect dialect)
{
    private string Release => "OpenSSL " + dialect.Version.ToVersionString();

    /// <summary>
    /// Describes a name that is neither a usable suite nor a usable alias.
    /// <paramref name="token"/> runs from the name to the next separator,
    /// which OpenSSL skips with it; it differs from the name when the name
    /// stops at a character such as '_' in an IANA suite name.
    /// </summary>
    public CipherStringDiagnostic DescribeUnknownName(string name, string token, int offset)
    {
        if (FindByIanaName(token) is { } suite)
        {
            var hint = suite.IsTls13
                ? "it is a TLS 1.3 suite, which belongs in the TLS 1.3 ciphersuites setting"
                : $"cipher strings take OpenSSL names, so write '{suite.OpenSslName}'";
            return Error(CipherStringDiagnosticKind.UnknownName, offset, token, $"no cipher matches '{token}'; {hint}");
        }

        if (name == "DEFAULT")
        {
            return Warning(CipherStringDiagnosticKind.IgnoredText, offset, name,
                $"{Release} applies DEFAULT only at the start of the cipher string and ignores it here");
        }

        if (OpenSsl30Dialect.Instance.ExpandSuiteB(name) is not null)
        {
            return dialect.ExpandSuiteB(name) is null
                ? Warning(CipherStringDiagnosticKind.UnavailableName, offset, name,
                    $"{Release} has no Suite B mode and ignores '{name}'")
                : Warning(CipherStringDiagnosticKind.IgnoredText, offset, name,
                    $"{Release} applies {name} only at the start of the cipher string and ignores it here");
        }

        if (dialect.Catalog.IsUnavailableName(name))
        {
            return Warning(CipherStringDiagnosticKind.UnavailableName, offset, name,
                $"'{name}' is not available in {Release} as Debian and Ubuntu build it, so OpenSSL ignores it");
        }

        if (IsKnownToOtherRelease(name))
        {
            return Warning(CipherStringDiagnosticKind.UnavailableName, offset, name,
                $"{Release} has no cipher suite or alias named '{name}' and ignores it");
        }

        return Error(CipherStringDiagnosticKind.UnknownName, offset, name, $"no cipher matches '{name}'{HintFor(name)}");
    }

    /// <summary>Describes an entry whose '+'-joined parts exclude each other.</summary>
    public CipherStringDiagnostic DescribeEmptyCombination(string text, int entryStart, int end)
    {
        var entry = text[entryStart..end];
        return Warning(CipherStringDiagnosticKind.EmptyCombination, entryStart, entry,
            $"'{entry}' matches no cipher suite because its parts exclude each other, so OpenSSL ignores it");
    }

    private string HintFor(string name)
    {
        var sameLetters = dialect.Catalog.NamesIgnoringCase(name).FirstOrDefault();
        if (sameLetters is not null)
        {
            return $"; names are case-sensitive, did you mean '{sameLetters}'?";
        }

        // A typo such as HIHG: the nearest name within a third of its length in edits, as box.mib's own names.
        var nearest = dialect.Catalog.Names
            .Select(known => (Name: known, Distance: TypeSystem.Suggestions.Distance(name, known)))
            .Where(candidate => candidate.Distance <= Math.Max(1, candidate.Name.Length / 3))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .Select(candidate => candidate.Name)
            .FirstOrDefault();
        return nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
    }

    private CipherSuite? FindByIanaName(string name)
    {
        // The release's own name comes first: 1.0.1 and 3.0 name some suites differently.
        var versions = Enum.GetValues<OpenSslVersion>().OrderBy(version => version != dialect.Version);
        foreach (var version in versions)
        {
            if (OpenSslCipherCatalog.For(version).TryFindByIanaName(name, out var suite))
            {
                return suite;
            }
        }

        return null;
    }

    private bool IsKnownToOtherRelease(string name)
    {
        foreach (var version in Enum.GetValues<OpenSslVersion>())
        {
            var catalog = OpenSslCipherCatalog.For(version);
            if (version != dialect.Version
                && (catalog.TryFindSuite(name, out _) || catalog.TryFindAlias(name, out _) || catalog.IsUnavailableName(name)))
            {
                return true;
            }
        }

        return false;
    }

    private static CipherStringDiagnostic Warning(CipherStringDiagnosticKind kind, int offset, string text, string message) =>
        new(kind, CipherStringSeverity.Warning, offset, text.Length, message);

    private static CipherStringDiagnostic Error(CipherStringDiagnosticKind kind, int offset, string text, string message) =>
        new(kind, CipherStringSeverity.Error, offset, text.Length, message);
}
