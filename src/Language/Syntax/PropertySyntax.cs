using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>A <c>key = value</c> entry.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
/// <param name="Span">Where the entry is.</param>
public sealed record PropertySyntax(IdentifierSyntax Key, ValueSyntax Value, TextSpan Span) : EntrySyntax(Span);
