namespace Mibc.Language.Tls;

/// <summary>
/// A problem found in a cipher string or ciphersuites setting.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Severity">Whether it is an error or a warning.</param>
/// <param name="Offset">The start of the offending text, as a UTF-16 index into the setting's value.</param>
/// <param name="Length">The length of the offending text; zero marks a position, such as the end of the value.</param>
/// <param name="Message">A sentence for the user, in the words OpenSSL uses where it has them.</param>
public sealed record CipherStringDiagnostic(
    CipherStringDiagnosticKind Kind,
    CipherStringSeverity Severity,
    int Offset,
    int Length,
    string Message)
{
    /// <summary>Whether OpenSSL itself rejects a setting with this problem.</summary>
    public bool RejectedByOpenSsl => Kind is CipherStringDiagnosticKind.InvalidCommand or CipherStringDiagnosticKind.NoCipherMatch;
}
