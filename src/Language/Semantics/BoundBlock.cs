using System.Collections.Immutable;
using Mibc.Language.Model;
using Mibc.Language.Semantics.Schema;
using Mibc.Language.Syntax;
using Mibc.Language.Text;

namespace Mibc.Language.Semantics;

/// <summary>
/// A block after type checking: converted values by key, nested blocks and statements.
/// </summary>
/// <remarks>Values that failed to convert are absent and listed in <see cref="FailedKeys"/>.</remarks>
internal sealed class BoundBlock(BlockSchema schema, TextSpan headerSpan, BindingContext context)
{
    public BlockSchema Schema { get; } = schema;

    /// <summary>The keyword and label, where diagnostics about the whole block and defaults point.</summary>
    public TextSpan HeaderSpan { get; } = headerSpan;

    public object? Label { get; set; }

    public TextSpan LabelSpan { get; set; }

    public Dictionary<string, BoundValue> Values { get; } = new(StringComparer.Ordinal);

    public HashSet<string> FailedKeys { get; } = new(StringComparer.Ordinal);

    public List<BoundBlock> Blocks { get; } = [];

    public List<AliasSyntax> Aliases { get; } = [];

    public List<RecordSyntax> Records { get; } = [];

    public SourceSpan Locate(TextSpan span) => context.Locate(span);

    public Located<T>? LocatedLabel<T>() => Label is T value ? new Located<T>(value, Locate(LabelSpan)) : null;

    /// <summary>Returns the key's value, or the schema default located at this block's header.</summary>
    /// <exception cref="InvalidOperationException">The key has neither a value nor a default.</exception>
    public Located<T> Get<T>(string key) =>
        Find<T>(key) ?? throw new InvalidOperationException($"Key '{key}' of '{Schema.Keyword}' has no value and no default.");

    /// <summary>Returns the key's value or default, or null when it has neither.</summary>
    public Located<T>? Find<T>(string key)
    {
        if (Values.TryGetValue(key, out var bound))
        {
            return new Located<T>((T)bound.Value, Locate(bound.Span));
        }

        var property = Schema.FindProperty(key) ?? throw new ArgumentException($"'{Schema.Keyword}' has no key '{key}'.", nameof(key));
        return property.Default is T fallback ? new Located<T>(fallback, Locate(HeaderSpan), IsDefault: true) : null;
    }

    /// <summary>Returns the items of a list-typed key, each cast to <typeparamref name="T"/>; empty when absent.</summary>
    public ImmutableArray<Located<T>> GetList<T>(string key) =>
        Values.TryGetValue(key, out var bound)
            ? [.. ((ImmutableArray<Located<object>>)bound.Value).Select(item => new Located<T>((T)item.Value, item.Span))]
            : [];

    /// <summary>Returns the single nested block with this keyword, if present.</summary>
    public BoundBlock? Block(string keyword) => Blocks.FirstOrDefault(block => block.Schema.Keyword == keyword);

    /// <summary>Returns a stand-in for an absent nested block, so its defaults apply, located at this block.</summary>
    public BoundBlock BlockOrDefaults(string keyword) =>
        Block(keyword) ?? new BoundBlock(Schema.FindBlock(keyword)!, HeaderSpan, context);
}
