using System.Collections.Immutable;
using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>
/// The base of every node in a parsed box.mib file.
/// </summary>
/// <remarks>
/// NOTE: syntax trees are immutable, and a node with a syntax error still carries what was read,
/// so later phases can report more than the first mistake.
/// </remarks>
/// <param name="Span">The characters the node covers, leading trivia excluded.</param>
public abstract record SyntaxNode(TextSpan Span)
{
    /// <summary>Syntax errors found while reading this node, not counting its children's.</summary>
    public ImmutableArray<SyntaxError> Errors { get; init; } = [];
}
