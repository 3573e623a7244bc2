using System.Collections.Immutable;
using Mibc.Language.Diagnostics;
using Mibc.Language.Semantics;
using Mibc.Language.Text;
using Mibc.Targets.Emit;

namespace Mibc.Compiler.Pipeline;

/// <summary>The outcome of checking, and possibly emitting, one box.mib file.</summary>
/// <param name="Check">The language check result.</param>
/// <param name="Diagnostics">Every diagnostic of every phase, severities already adjusted.</param>
/// <param name="Files">The generated files; empty when there are errors or nothing was emitted.</param>
/// <param name="Sources">Source texts by path, for printing the lines diagnostics point at.</param>
public sealed record CompilationResult(
    CheckResult Check,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<BundleFile> Files,
    ImmutableDictionary<string, SourceText> Sources)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    /// <summary>The number of diagnostics of a severity.</summary>
    public int Count(DiagnosticSeverity severity) => Diagnostics.Count(diagnostic => diagnostic.Severity == severity);
}
