using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>The base of what a file or a block contains: properties, blocks, aliases and records.</summary>
/// <param name="Span">Where the entry is.</param>
public abstract record EntrySyntax(TextSpan Span) : SyntaxNode(Span);
