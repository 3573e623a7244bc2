using Mibc.Language.Diagnostics;

namespace Mibc.Compiler.Lint;

/// <summary>
/// Writes diagnostics as GitHub Actions workflow commands (<c>::error file=...,line=...::message</c>), which
/// GitHub shows as annotations on the lines of a pull request.
/// </summary>
public static class GithubAnnotationWriter
{
    /// <summary>Writes one line per diagnostic.</summary>
    public static void Write(TextWriter output, LintReport report)
    {
        foreach (var (file, diagnostic) in report.Diagnostics)
        {
            var command = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var location = diagnostic.Location;
            var properties = location.IsNone
                ? $"file={EscapeProperty(file.Path)}"
                : $"file={EscapeProperty(location.Path)},line={location.StartLine},col={location.StartColumn},endLine={location.EndLine},endColumn={location.EndColumn}";
            var rule = report.FindRule(diagnostic.Code);
            var title = rule is null ? diagnostic.Code : $"{diagnostic.Code} {rule.Name}";
            output.WriteLine($"::{command} {properties},title={EscapeProperty(title)}::{EscapeData(diagnostic.Message)}");
        }
    }

    // The escapes GitHub's runner decodes: data escapes %, CR and LF; property values also ':' and ','.
    private static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
