using Mibc.Language.Diagnostics;
using Mibc.Language.Semantics.Schema;
using Mibc.Language.Syntax;
using Mibc.Language.Text;
using Mibc.Language.TypeSystem;

namespace Mibc.Language.Semantics;

/// <summary>
/// Checks a syntax tree against the language schema: known blocks and keys, labels and value types.
/// </summary>
internal sealed class Binder(BindingContext context)
{
    public BoundBlock BindFile(FileSyntax file)
    {
        var bound = new BoundBlock(LanguageSchema.File, new TextSpan(0, 0), context);
        BindEntries(bound, file.Entries);
        return bound;
    }

    private BoundBlock BindBlock(BlockSyntax syntax, BlockSchema schema)
    {
        var header = syntax.Label is null ? syntax.Keyword.Span : syntax.Keyword.Span.Union(syntax.Label.Span);
        var bound = new BoundBlock(schema, header, context);
        BindLabel(bound, syntax);
        BindEntries(bound, syntax.Entries);

        foreach (var property in schema.Properties.Where(property => property.Required))
        {
            if (!bound.Values.ContainsKey(property.Name) && !bound.FailedKeys.Contains(property.Name))
            {
                context.Report(DiagnosticCatalog.MissingKey, syntax.Keyword.Span, schema.DisplayName, property.Name, property.Example ?? property.Name);
            }
        }

        return bound;
    }

    private void BindLabel(BoundBlock bound, BlockSyntax syntax)
    {
        var schema = bound.Schema;
        if (schema.LabelType is null)
        {
            if (syntax.Label is not null)
            {
                context.Report(DiagnosticCatalog.UnexpectedLabel, syntax.Label.Span, schema.Keyword, MibType.Shorten(syntax.Label.Value));
            }

            return;
        }

        if (syntax.Label is null)
        {
            context.Report(DiagnosticCatalog.MissingLabel, syntax.Keyword.Span, schema.Keyword, schema.Example.Split('\n')[0]);
            return;
        }

        bound.Label = schema.LabelType.Convert(syntax.Label, context, schema.Keyword);
        bound.LabelSpan = syntax.Label.Span;
    }

    private void BindEntries(BoundBlock bound, IEnumerable<EntrySyntax> entries)
    {
        var singleBlocks = new Dictionary<string, BlockSyntax>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            switch (entry)
            {
                case PropertySyntax property:
                    BindProperty(bound, property);
                    break;
                case BlockSyntax block:
                    BindNestedBlock(bound, block, singleBlocks);
                    break;
                case AliasSyntax alias:
                    BindStatement(bound, alias.Keyword, () => bound.Aliases.Add(alias));
                    break;
                case RecordSyntax record:
                    BindStatement(bound, record.Keyword, () => bound.Records.Add(record));
                    break;
                case ErrorEntrySyntax { Key: { } key }:
                    // The syntax error is reported already; the key counts as written, so it is not also "missing".
                    bound.FailedKeys.Add(key.Name);
                    break;
            }
        }
    }

    private void BindProperty(BoundBlock bound, PropertySyntax property)
    {
        var schema = bound.Schema;
        var name = property.Key.Name;
        var type = schema.MapValueType ?? schema.FindProperty(name)?.Type;
        if (type is null)
        {
            if (schema.FindBlock(name) is not null)
            {
                context.Report(DiagnosticCatalog.KeyWhereBlockExpected, property.Key.Span, name);
            }
            else
            {
                var hint = Suggestions.DidYouMean(name, schema.Properties.Select(p => p.Name).Concat(schema.Blocks.Select(b => b.Keyword)));
                context.Report(DiagnosticCatalog.UnknownKey, property.Key.Span, name, schema.DisplayName, hint);
            }

            return;
        }

        if (bound.Values.TryGetValue(name, out var first) || bound.FailedKeys.Contains(name))
        {
            var line = first is null ? "an earlier line" : context.Locate(first.KeySpan).StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Report(DiagnosticCatalog.DuplicateKey, property.Key.Span, name, schema.DisplayName, line);
            return;
        }

        var value = type.Convert(property.Value, context, name);
        if (value is null)
        {
            bound.FailedKeys.Add(name);
            return;
        }

        bound.Values[name] = new BoundValue(value, property.Value.Span, property.Key.Span);
    }

    private void BindNestedBlock(BoundBlock bound, BlockSyntax block, Dictionary<string, BlockSyntax> singleBlocks)
    {
        var schema = bound.Schema;
        var name = block.Keyword.Name;
        var nested = schema.FindBlock(name);
        if (nested is null)
        {
            var property = schema.FindProperty(name);
            if (property is not null || schema.MapValueType is not null)
            {
                context.Report(DiagnosticCatalog.BlockWhereKeyExpected, block.Keyword.Span, name, property?.Example?.Split(" = ", 2)[^1] ?? "value");
            }
            else
            {
                var hint = Suggestions.DidYouMean(name, schema.Blocks.Select(b => b.Keyword).Concat(schema.Properties.Select(p => p.Name)));
                context.Report(DiagnosticCatalog.UnknownBlock, block.Keyword.Span, name, schema.DisplayName, hint);
            }

            return;
        }

        if (!nested.Multiple)
        {
            if (singleBlocks.TryGetValue(name, out var first))
            {
                context.Report(DiagnosticCatalog.DuplicateBlock, block.Keyword.Span, name, context.Locate(first.Keyword.Span).StartLine);
                return;
            }

            singleBlocks[name] = block;
        }

        bound.Blocks.Add(BindBlock(block, nested));
    }

    private void BindStatement(BoundBlock bound, IdentifierSyntax keyword, Action accept)
    {
        if (bound.Schema.Statements.Contains(keyword.Name))
        {
            accept();
            return;
        }

        var home = LanguageSchema.AllBlocks().FirstOrDefault(block => block.Statements.Contains(keyword.Name));
        if (home is not null)
        {
            context.Report(DiagnosticCatalog.MisplacedStatement, keyword.Span, keyword.Name, home.Keyword == "file" ? "at the top level" : $"inside a '{home.Keyword}' block");
            return;
        }

        var candidates = bound.Schema.Statements.Concat(bound.Schema.Blocks.Select(b => b.Keyword));
        context.Report(DiagnosticCatalog.UnknownBlock, keyword.Span, keyword.Name, bound.Schema.DisplayName, Suggestions.DidYouMean(keyword.Name, candidates));
    }
}
