namespace Mibc.Language.Diagnostics;

/// <summary>How serious a diagnostic is. The order matters: a higher value is more severe.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A fact worth knowing; never fails a build.</summary>
    Info = 0,

    /// <summary>A likely mistake; fails a build only with <c>--warnaserror</c>.</summary>
    Warning = 1,

    /// <summary>A mistake that stops the build.</summary>
    Error = 2,
}
