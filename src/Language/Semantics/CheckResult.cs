using System.Collections.Immutable;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Parsing;

namespace Mibc.Language.Semantics;

/// <summary>The outcome of checking one file.</summary>
/// <param name="Parse">The parse result, with the source text.</param>
/// <param name="Model">The model; null when the file has no usable box block. It may be partial when there are errors.</param>
/// <param name="Diagnostics">Every syntax, name and type diagnostic, in source order.</param>
public sealed record CheckResult(ParseResult Parse, BoxModel? Model, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);
}
