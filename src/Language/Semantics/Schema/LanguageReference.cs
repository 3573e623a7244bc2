using System.Text;
using Mibc.Language.TypeSystem;

namespace Mibc.Language.Semantics.Schema;

/// <summary>
/// Generates the block and key reference of docs/language.md from the schema, so the docs cannot drift from the checker.
/// </summary>
public static class LanguageReference
{
    /// <summary>The marker line before the generated part of docs/language.md.</summary>
    public const string StartMarker = "<!-- reference:start (generated from LanguageSchema; do not edit by hand) -->";

    /// <summary>The marker line after the generated part.</summary>
    public const string EndMarker = "<!-- reference:end -->";

    /// <summary>Renders the reference as Markdown, one section per block, then the enumerations.</summary>
    public static string Generate()
    {
        var text = new StringBuilder();
        foreach (var block in LanguageSchema.AllBlocks().Where(block => block.Keyword != "file"))
        {
            AppendBlock(text, block);
        }

        text.AppendLine("### Enumerations").AppendLine();
        var enums = LanguageSchema.AllBlocks()
            .SelectMany(block => block.Properties.Select(property => property.Type).Append(block.MapValueType))
            .Select(type => type is ListType list ? list.Element : type)
            .OfType<EnumType>()
            .DistinctBy(type => type.Name)
            .OrderBy(type => type.Name, StringComparer.Ordinal);
        foreach (var type in enums)
        {
            text.Append("`").Append(type.Name).AppendLine("`:").AppendLine();
            foreach (var member in type.Members)
            {
                text.Append("- `").Append(member.Word).Append("`: ").AppendLine(member.Description);
            }

            text.AppendLine();
        }

        return text.ToString().TrimEnd() + "\n";
    }

    /// <summary>Replaces the generated part between the markers of a document with a fresh reference.</summary>
    /// <exception cref="InvalidDataException">The document lacks the markers.</exception>
    public static string UpdateDocument(string document)
    {
        var start = document.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidDataException("The document has no reference markers.");
        }

        return document[..(start + StartMarker.Length)] + "\n\n" + Generate() + "\n" + document[end..];
    }

    private static void AppendBlock(StringBuilder text, BlockSchema block)
    {
        var parents = LanguageSchema.AllBlocks().Where(parent => parent.Blocks.Contains(block)).Select(parent => parent.Keyword);
        text.Append("### `").Append(block.Keyword).AppendLine("`").AppendLine();
        text.AppendLine(block.Description).AppendLine();
        text.Append("- Appears in: ").AppendLine(string.Join(", ", parents.Select(p => p == "file" ? "the top level" : $"`{p}`")));
        text.Append("- Name: ").AppendLine(block.LabelType is null ? "none" : $"required, {block.LabelType.Expected}");
        text.Append("- May repeat: ").AppendLine(block.Multiple ? "yes" : "no");
        if (block.Statements.Length > 0)
        {
            text.Append("- Statements: ").AppendLine(string.Join(", ", block.Statements.Select(s => $"`{s}`")));
        }

        text.AppendLine();
        if (block.MapValueType is not null)
        {
            text.Append("Every key is free; each value is ").Append(block.MapValueType.Expected).AppendLine(".").AppendLine();
        }

        if (block.Properties.Length > 0)
        {
            text.AppendLine("| key | type | default | meaning | example |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var property in block.Properties)
            {
                var fallback = property.Required ? "required" : property.DefaultText ?? "none";
                text.Append("| `").Append(property.Name).Append("` | ").Append(property.Type.Name)
                    .Append(" | ").Append(Cell(fallback)).Append(" | ").Append(Cell(property.Description))
                    .Append(" | `").Append(Cell(property.Example ?? string.Empty)).AppendLine("` |");
            }

            text.AppendLine();
        }

        text.AppendLine("```mib").AppendLine(block.Example).AppendLine("```").AppendLine();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
