using Mibc.Language.Text;

namespace Mibc.Language.Diagnostics;

/// <summary>
/// One finding about a source file: a code from the catalog or a policy id, a severity, a message and a location.
/// </summary>
/// <param name="Code">A stable code such as <c>MIB1004</c>, or a policy pack's rule id.</param>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Message">The text shown to the admin: what is wrong, on which value, and how to fix it.</param>
/// <param name="Location">Where the finding applies.</param>
/// <param name="HidesSource">Whether printers must leave out the source line, because it may hold a secret such as a password.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceSpan Location, bool HidesSource = false)
{
    /// <summary>Whether the diagnostic stops a build.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Returns a copy with another severity, as rule configuration and <c>--warnaserror</c> do.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };
}
