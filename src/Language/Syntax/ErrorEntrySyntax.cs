using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>Text that could not be read as an entry; its <see cref="SyntaxNode.Errors"/> give the reason.</summary>
/// <param name="Span">The skipped characters.</param>
public sealed record ErrorEntrySyntax(TextSpan Span) : EntrySyntax(Span)
{
    /// <summary>The key or keyword the entry starts with, when the error came after it. The checker then treats the key as written, so it is not also reported missing.</summary>
    public IdentifierSyntax? Key { get; init; }
}
