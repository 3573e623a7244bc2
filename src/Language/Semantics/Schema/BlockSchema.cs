using System.Collections.Immutable;
using Mibc.Language.TypeSystem;

namespace Mibc.Language.Semantics.Schema;

/// <summary>A block the language accepts, with its keys, nested blocks and statements.</summary>
/// <param name="Keyword">The word that opens the block; <c>file</c> for the top level.</param>
/// <param name="Description">What the block describes, for the language reference.</param>
/// <param name="LabelType">The type of the quoted name after the keyword, or null when the block takes none.</param>
/// <param name="Multiple">Whether the block may appear more than once in its parent.</param>
/// <param name="Properties">The keys it accepts.</param>
/// <param name="Blocks">The blocks it may contain.</param>
/// <param name="Statements">The statement keywords it may contain, such as <c>alias</c> or <c>record</c>.</param>
/// <param name="Example">A short example for the reference.</param>
/// <param name="MapValueType">For a map block such as <c>rules</c>: the type of every value, with free keys.</param>
public sealed record BlockSchema(
    string Keyword,
    string Description,
    MibType? LabelType,
    bool Multiple,
    ImmutableArray<PropertySchema> Properties,
    ImmutableArray<BlockSchema> Blocks,
    ImmutableArray<string> Statements,
    string Example,
    MibType? MapValueType = null)
{
    /// <summary>Finds a key by name.</summary>
    public PropertySchema? FindProperty(string name) => Properties.FirstOrDefault(property => property.Name == name);

    /// <summary>Finds a nested block by keyword.</summary>
    public BlockSchema? FindBlock(string keyword) => Blocks.FirstOrDefault(block => block.Keyword == keyword);

    /// <summary>Names a block in messages, such as "block 'policy'" or "the top level".</summary>
    public string DisplayName => Keyword == "file" ? "the top level" : $"block '{Keyword}'";
}
