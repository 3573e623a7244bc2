using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>A double-quoted string, with escapes already decoded.</summary>
/// <param name="Value">The decoded characters.</param>
/// <param name="Span">Where the literal is, quotes included.</param>
public sealed record StringLiteralSyntax(string Value, TextSpan Span) : ValueSyntax(Span)
{
    /// <inheritdoc />
    public override string Display => "\"" + Value + "\"";
}
