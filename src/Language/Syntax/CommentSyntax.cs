using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>A <c>#</c> comment, kept for suppression directives.</summary>
/// <param name="Text">The text after the <c>#</c>, without the line break.</param>
/// <param name="Span">Where the comment is, <c>#</c> included.</param>
public sealed record CommentSyntax(string Text, TextSpan Span) : SyntaxNode(Span);
