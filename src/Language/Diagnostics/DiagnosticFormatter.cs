using System.Text;
using Mibc.Language.Text;

namespace Mibc.Language.Diagnostics;

/// <summary>
/// Formats diagnostics the way MSBuild and compilers do, so editors and CI logs link them to the source.
/// </summary>
public static class DiagnosticFormatter
{
    /// <summary>Formats the one-line form: <c>path(line,col): error CODE: message</c>.</summary>
    public static string FormatLine(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var where = location.IsNone ? "mibc" : $"{location.Path}({location.StartLine},{location.StartColumn})";
        return $"{where}: {SeverityWord(diagnostic.Severity)} {diagnostic.Code}: {diagnostic.Message}";
    }

    /// <summary>Formats the one-line form followed by the source line and a caret under the span.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="source">The text the diagnostic points into, or null to print the line alone.</param>
    public static string Format(Diagnostic diagnostic, SourceText? source)
    {
        var builder = new StringBuilder(FormatLine(diagnostic));
        var location = diagnostic.Location;
        if (source is null || location.IsNone || location.StartLine > source.LineCount || diagnostic.HidesSource)
        {
            return builder.ToString();
        }

        // NOTE: the excerpt is cut around the span straight from the text, so a diagnostic on a 1 MB line
        // neither copies nor prints the whole line.
        const int window = 100;
        var lineStart = source.GetOffset(location.StartLine, 1);
        var lineEnd = location.StartLine < source.LineCount ? source.GetOffset(location.StartLine + 1, 1) - 1 : source.Text.Length;
        var start = Math.Clamp(location.Span.Start, lineStart, lineEnd);
        var from = Math.Max(lineStart, start - (window / 2));
        var excerpt = source.Text[from..Math.Min(lineEnd, from + window)].TrimEnd('\r', '\n');
        var width = location.EndLine == location.StartLine ? Math.Max(1, location.EndColumn - location.StartColumn) : 1;
        width = Math.Max(1, Math.Min(width, excerpt.Length - (start - from)));

        var prefix = from > lineStart ? "..." : string.Empty;
        builder.AppendLine();
        builder.Append("  ").Append(prefix).Append(Printable(excerpt)).AppendLine();
        builder.Append("  ").Append(' ', prefix.Length + (start - from)).Append('^', width);
        return builder.ToString();
    }

    /// <summary>Returns the word for a severity in the one-line form.</summary>
    public static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    // Tabs keep their width one column so the caret lines up; other control characters become '?'.
    private static string Printable(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c == '\t' ? ' ' : char.IsControl(c) ? '?' : c;
            }
        });
}
