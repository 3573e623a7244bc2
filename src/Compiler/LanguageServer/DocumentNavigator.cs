using Mibc.Language.Semantics.Schema;
using Mibc.Language.Syntax;
using Mibc.Language.TypeSystem;

namespace Mibc.Compiler.LanguageServer;

/// <summary>Finds what sits at an offset of a parsed file: the enclosing block's schema and the token under the cursor.</summary>
internal static class DocumentNavigator
{
    /// <summary>What the cursor is on.</summary>
    /// <param name="Block">The schema of the innermost known block around the offset.</param>
    /// <param name="Token">The node under the cursor, if any.</param>
    /// <param name="Markdown">A description of that node, for a hover.</param>
    public sealed record Location(BlockSchema Block, SyntaxNode? Token, string? Markdown);

    public static Location Find(FileSyntax file, int offset)
    {
        var schema = LanguageSchema.File;
        IEnumerable<EntrySyntax> entries = file.Entries;
        while (true)
        {
            var entry = entries.FirstOrDefault(candidate => candidate.Span.Start <= offset && offset <= candidate.Span.End);
            switch (entry)
            {
                case BlockSyntax block when Contains(block.Keyword, offset):
                    var keyword = schema.FindBlock(block.Keyword.Name);
                    return new Location(schema, block.Keyword, keyword is null ? null : DescribeBlock(keyword));
                case BlockSyntax block when schema.FindBlock(block.Keyword.Name) is { } nested:
                    schema = nested;
                    entries = block.Entries;
                    continue;
                case PropertySyntax property when schema.FindProperty(property.Key.Name) is { } key:
                    if (Contains(property.Key, offset))
                    {
                        return new Location(schema, property.Key, DescribeProperty(key));
                    }

                    var member = key.Type is EnumType enumeration && property.Value is WordSyntax word
                        ? enumeration.Members.FirstOrDefault(candidate => candidate.Word == word.Text)
                        : null;
                    return new Location(schema, property.Value, member is null ? null : $"`{member.Word}`: {member.Description}");
                default:
                    return new Location(schema, null, null);
            }
        }
    }

    public static string DescribeBlock(BlockSchema block) =>
        $"**{block.Keyword}** block\n\n{block.Description}\n\n```mib\n{block.Example}\n```";

    public static string DescribeProperty(PropertySchema property)
    {
        var fallback = property.Required ? "required" : "default: " + (property.DefaultText ?? "none");
        return $"**{property.Name}**: {property.Type.Name} ({fallback})\n\n{property.Description}\n\nExpected: {property.Type.Expected}.";
    }

    private static bool Contains(SyntaxNode node, int offset) => node.Span.Start <= offset && offset <= node.Span.End;
}
