using System.Collections.Immutable;

namespace Mibc.Language.Tls;

/// <summary>
/// The result of evaluating an OpenSSL cipher string.
/// </summary>
/// <param name="Version">The OpenSSL release whose rules were applied.</param>
/// <param name="CipherString">The evaluated string.</param>
/// <param name="Suites">
/// The suites in preference order, exactly as <c>openssl ciphers -v</c> of
/// that release lists them, without TLS 1.3 suites. Empty when OpenSSL
/// rejects the string; filled even when mibc reports an error that OpenSSL
/// ignores.
/// </param>
/// <param name="Diagnostics">Errors and warnings, with offsets into <paramref name="CipherString"/>.</param>
/// <param name="SecurityLevel">The level the last "@SECLEVEL=n" set, or null when the string sets none.</param>
public sealed record CipherStringExpansion(
    OpenSslVersion Version,
    string CipherString,
    ImmutableArray<CipherSuite> Suites,
    ImmutableArray<CipherStringDiagnostic> Diagnostics,
    int? SecurityLevel)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.Severity == CipherStringSeverity.Error);

    /// <summary>Whether OpenSSL itself rejects the string.</summary>
    public bool RejectedByOpenSsl => Diagnostics.Any(diagnostic => diagnostic.RejectedByOpenSsl);

    /// <summary>
    /// Returns the suites a server can negotiate at a security level: the
    /// string's own "@SECLEVEL=n" if it has one, otherwise
    /// <paramref name="defaultLevel"/>. This is what <c>openssl ciphers -s
    /// -psk -srp</c> lists for TLS up to 1.2.
    /// </summary>
    /// <param name="defaultLevel">
    /// The build's default level: 2 for the Debian and Ubuntu OpenSSL 3.0
    /// packages, 1 for upstream builds.
    /// </param>
    public ImmutableArray<CipherSuite> SuitesAllowedAtSecurityLevel(int defaultLevel)
    {
        var level = SecurityLevel ?? defaultLevel;
        return [.. Suites.Where(suite => OpenSslSecurityLevel.Allows(suite, level))];
    }
}
