using System.Collections.Immutable;
using Mibc.Compiler.Policies;
using Mibc.Language.Diagnostics;

namespace Mibc.Compiler.Lint;

/// <summary>Everything <c>mibc lint</c> writes: the results per file and the metadata of every rule that ran.</summary>
/// <param name="Files">The linted files in command line order.</param>
/// <param name="Rules">The policy rules loaded for any of the files, each id once.</param>
public sealed record LintReport(ImmutableArray<LintedFile> Files, ImmutableArray<PolicyRuleInfo> Rules)
{
    /// <summary>Every diagnostic of every file, in file order.</summary>
    public IEnumerable<(LintedFile File, Diagnostic Diagnostic)> Diagnostics =>
        Files.SelectMany(file => file.Result.Diagnostics.Select(diagnostic => (file, diagnostic)));

    /// <summary>The number of diagnostics of a severity over all files.</summary>
    public int Count(DiagnosticSeverity severity) => Diagnostics.Count(pair => pair.Diagnostic.Severity == severity);

    /// <summary>Finds the policy rule a diagnostic code belongs to; null for mibc's own catalog codes.</summary>
    public PolicyRuleInfo? FindRule(string code) => Rules.FirstOrDefault(rule => rule.Id == code);
}
