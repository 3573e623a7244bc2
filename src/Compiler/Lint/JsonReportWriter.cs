using System.Text.Encodings.Web;
using System.Text.Json;
using Mibc.Language.Diagnostics;

namespace Mibc.Compiler.Lint;

/// <summary>Writes a lint report as one JSON document for scripts.</summary>
/// <remarks>
/// The shape: <c>{ "tool", "version", "errors", "warnings", "infos", "files": [ { "path", "diagnostics":
/// [ { "code", "rule", "severity", "message", "path", "line", "column", "endLine", "endColumn" } ] } ] }</c>.
/// <c>rule</c> is the policy rule's name, or null for mibc's own codes; a diagnostic without a place has line 0.
/// </remarks>
public static class JsonReportWriter
{
    /// <summary>Writes the report.</summary>
    public static void Write(Stream output, LintReport report)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("tool", "mibc");
        json.WriteString("version", VersionInfo.Version);
        json.WriteNumber("errors", report.Count(DiagnosticSeverity.Error));
        json.WriteNumber("warnings", report.Count(DiagnosticSeverity.Warning));
        json.WriteNumber("infos", report.Count(DiagnosticSeverity.Info));
        json.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in file.Result.Diagnostics)
            {
                var location = diagnostic.Location;
                json.WriteStartObject();
                json.WriteString("code", diagnostic.Code);
                json.WriteString("rule", report.FindRule(diagnostic.Code)?.Name);
                json.WriteString("severity", DiagnosticFormatter.SeverityWord(diagnostic.Severity));
                json.WriteString("message", diagnostic.Message);
                json.WriteString("path", location.IsNone ? file.Path : location.Path);
                json.WriteNumber("line", location.StartLine);
                json.WriteNumber("column", location.StartColumn);
                json.WriteNumber("endLine", location.EndLine);
                json.WriteNumber("endColumn", location.EndColumn);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
