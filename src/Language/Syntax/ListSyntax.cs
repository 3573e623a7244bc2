using System.Collections.Immutable;
using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>A bracketed, comma-separated list of values.</summary>
/// <param name="Items">The values in order.</param>
/// <param name="Span">Where the list is, brackets included.</param>
public sealed record ListSyntax(ImmutableArray<ValueSyntax> Items, TextSpan Span) : ValueSyntax(Span)
{
    /// <inheritdoc />
    public override string Display => "[" + string.Join(", ", Items.Select(item => item.Display)) + "]";
}
