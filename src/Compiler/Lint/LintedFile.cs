using Mibc.Compiler.Pipeline;

namespace Mibc.Compiler.Lint;

/// <summary>The check result of one file that <c>mibc lint</c> was given.</summary>
/// <param name="Path">The path as given on the command line.</param>
/// <param name="Result">The compilation result.</param>
public sealed record LintedFile(string Path, CompilationResult Result);
