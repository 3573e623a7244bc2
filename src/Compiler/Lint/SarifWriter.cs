using System.Text.Encodings.Web;
using System.Text.Json;
using Mibc.Compiler.Policies;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Text;

namespace Mibc.Compiler.Lint;

/// <summary>
/// Writes a lint report as SARIF 2.1.0, in the subset GitHub code scanning reads: one run, rules with help and
/// default levels, and results with a rule, a level, a message and a location with a region.
/// </summary>
public static class SarifWriter
{
    /// <summary>The schema URI written into the log.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Writes the report.</summary>
    public static void Write(Stream output, LintReport report)
    {
        var rules = SarifRule.For(report);
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index);

        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "mibc");
        json.WriteString("version", VersionInfo.Version);
        json.WriteString("semanticVersion", VersionInfo.Version);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var (file, diagnostic) in report.Diagnostics)
        {
            WriteResult(json, file, diagnostic, ruleIndex[diagnostic.Code]);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, SarifRule rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Summary);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", rule.Summary);
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", rule.Help);
        json.WriteString("markdown", rule.Help);
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", rule.Level);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("security");
        json.WriteStringValue(rule.Category);
        json.WriteEndArray();
        json.WriteString("precision", "very-high");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, LintedFile file, Diagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        var location = diagnostic.Location;
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(location.IsNone ? file.Path : location.Path));
        json.WriteEndObject();

        // NOTE: GitHub code scanning places a result only by its region's startLine (rule GH1003 of Microsoft's
        // SARIF SDK). So a diagnostic about the whole run, such as a missing --policies directory, points at line 1.
        var region = location.IsNone ? new SourceSpan(file.Path, default, 1, 1, 1, 1) : location;
        json.WriteStartObject("region");
        json.WriteNumber("startLine", region.StartLine);
        json.WriteNumber("startColumn", region.StartColumn);
        json.WriteNumber("endLine", region.EndLine);
        json.WriteNumber("endColumn", Math.Max(region.EndColumn, region.EndLine == region.StartLine ? region.StartColumn + 1 : 1));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Returns a relative path as a relative URI reference with '/' separators, and a rooted path as a file URI.</summary>
    internal static string ToUri(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        return string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }

    internal static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A SARIF rule entry: a policy rule or one of mibc's own catalog codes.</summary>
    private sealed record SarifRule(string Id, string Name, string Summary, string Help, string Level, string Category)
    {
        public static List<SarifRule> For(LintReport report)
        {
            var rules = report.Rules.Select(FromPolicy).ToList();
            var known = rules.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var code in report.Diagnostics.Select(pair => pair.Diagnostic.Code).Distinct().Order(StringComparer.Ordinal))
            {
                if (known.Add(code))
                {
                    rules.Add(FromCatalog(code));
                }
            }

            return rules;
        }

        private static SarifRule FromPolicy(PolicyRuleInfo rule) => new(
            rule.Id,
            rule.Name,
            rule.Summary,
            rule.Help,
            rule.DefaultLevel switch
            {
                RuleLevel.Error => "error",
                RuleLevel.Warning => "warning",
                RuleLevel.Info => "note",
                _ => "none",
            },
            rule.Category);

        private static SarifRule FromCatalog(string code)
        {
            var descriptor = DiagnosticCatalog.Find(code);
            var title = descriptor?.Title ?? code;
            return new SarifRule(
                code,
                title,
                title + ".",
                $"{title}. The message says which value is wrong and how to fix it; 'mibc explain {code}' describes the code.",
                SarifWriter.Level(descriptor?.Severity ?? DiagnosticSeverity.Error),
                "mibc");
        }
    }
}
