using Mibc.Compiler.Pipeline;
using Mibc.Language.Diagnostics;

namespace Mibc.Compiler.Cli;

/// <summary>Prints compilation results as text: each diagnostic with its source line, then a summary.</summary>
internal static class ResultPrinter
{
    public static void PrintDiagnostics(TextWriter output, CompilationResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            result.Sources.TryGetValue(diagnostic.Location.Path, out var source);
            output.WriteLine(DiagnosticFormatter.Format(diagnostic, source));
        }
    }

    public static string Summary(CompilationResult result) =>
        $"{Plural(result.Count(DiagnosticSeverity.Error), "error")}, {Plural(result.Count(DiagnosticSeverity.Warning), "warning")}";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
