using System.Collections.Immutable;
using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>A whole parsed file.</summary>
/// <param name="Entries">The top-level entries in order.</param>
/// <param name="Comments">Every comment in the file, in order.</param>
/// <param name="Span">The whole text.</param>
public sealed record FileSyntax(
    ImmutableArray<EntrySyntax> Entries,
    ImmutableArray<CommentSyntax> Comments,
    TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>Enumerates every node in the tree, depth first, the file itself included.</summary>
    public IEnumerable<SyntaxNode> DescendantsAndSelf()
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in Children(node).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    private static IEnumerable<SyntaxNode> Children(SyntaxNode node) => node switch
    {
        FileSyntax file => file.Entries,
        BlockSyntax block => block.Label is null
            ? [block.Keyword, .. block.Entries]
            : [block.Keyword, block.Label, .. block.Entries],
        PropertySyntax property => [property.Key, property.Value],
        AliasSyntax alias => [alias.Keyword, alias.Address, alias.Targets],
        RecordSyntax record => [record.Keyword, record.Name, record.Type, .. record.Data],
        ListSyntax list => list.Items,
        _ => [],
    };
}
