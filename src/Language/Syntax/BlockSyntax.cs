using System.Collections.Immutable;
using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>A <c>keyword "label" { entries }</c> block; the label is optional.</summary>
/// <param name="Keyword">The block keyword, such as <c>domain</c>.</param>
/// <param name="Label">The quoted name after the keyword, if any.</param>
/// <param name="Entries">The entries between the braces.</param>
/// <param name="Span">Where the block is, braces included.</param>
public sealed record BlockSyntax(
    IdentifierSyntax Keyword,
    StringLiteralSyntax? Label,
    ImmutableArray<EntrySyntax> Entries,
    TextSpan Span) : EntrySyntax(Span);
