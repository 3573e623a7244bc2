using System.Collections.Immutable;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>A bracketed list of values of one type; the model gets located values.</summary>
/// <param name="element">The type of each item.</param>
/// <param name="allowSingle">Whether a single item may be written without brackets.</param>
/// <param name="minimumCount">The fewest items accepted.</param>
public sealed class ListType(MibType element, bool allowSingle = false, int minimumCount = 0) : MibType
{
    /// <summary>The type of each item.</summary>
    public MibType Element { get; } = element;

    /// <inheritdoc />
    public override string Name => $"list of {Element.Name}";

    /// <inheritdoc />
    public override string Expected => allowSingle
        ? $"{Element.Expected}, or a list of them in [ ]"
        : $"a list in [ ] of {Element.Expected}";

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        if (syntax is not ListSyntax list)
        {
            if (!allowSingle)
            {
                return Mismatch(syntax, context, key);
            }

            var single = Element.Convert(syntax, context, key);
            return single is null ? null : ImmutableArray.Create(new Located<object>(single, context.Locate(syntax.Span)));
        }

        if (list.Items.Length < minimumCount)
        {
            context.Report(DiagnosticCatalog.EmptyList, syntax.Span, key);
            return null;
        }

        var items = ImmutableArray.CreateBuilder<Located<object>>();
        var seen = new HashSet<object>();
        var valid = true;
        foreach (var item in list.Items)
        {
            var value = Element.Convert(item, context, key);
            if (value is null)
            {
                valid = false;
                continue;
            }

            if (!seen.Add(value))
            {
                context.Report(DiagnosticCatalog.DuplicateListItem, item.Span, Shorten(item.Display), key);
                valid = false;
                continue;
            }

            items.Add(new Located<object>(value, context.Locate(item.Span)));
        }

        return valid ? items.ToImmutable() : null;
    }
}
