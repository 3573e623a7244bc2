using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>A bare name: a block keyword, a key, or a record type.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Span">Where the name is.</param>
public sealed record IdentifierSyntax(string Name, TextSpan Span) : SyntaxNode(Span);
