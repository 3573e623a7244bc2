using System.Collections.Immutable;
using Mibc.Language.Diagnostics;
using Mibc.Language.Syntax;
using Mibc.Language.Text;

namespace Mibc.Language.Parsing;

/// <summary>The outcome of parsing one file: its text, its tree and its syntax diagnostics.</summary>
/// <param name="Source">The decoded text.</param>
/// <param name="Syntax">The tree; present even when the file has errors.</param>
/// <param name="Diagnostics">Encoding and syntax diagnostics, in source order.</param>
public sealed record ParseResult(SourceText Source, FileSyntax Syntax, ImmutableArray<Diagnostic> Diagnostics);
