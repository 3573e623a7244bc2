using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>The base of values: strings, bare words and lists.</summary>
/// <param name="Span">Where the value is.</param>
public abstract record ValueSyntax(TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>The value as an admin would quote it in a message.</summary>
    public abstract string Display { get; }
}
