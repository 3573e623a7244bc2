using Sprache;

namespace Mibc.Language.Parsing;

/// <summary>
/// A position in a source string, as Sprache parsers consume it.
/// </summary>
/// <remarks>
/// Sprache's own input class allocates a memo table at every character. This one allocates it
/// only when a parser asks, and leaves line and column to <see cref="Text.SourceText"/>.
/// NOTE: equality is by source and position; Sprache relies on it to tell whether a parser consumed input.
/// </remarks>
internal sealed class SourceInput(string source, int position) : IInput
{
    private IDictionary<object, object>? memos;

    public string Source { get; } = source;

    public int Position { get; } = position;

    public char Current => Source[Position];

    public bool AtEnd => Position >= Source.Length;

    // NOTE: Sprache only shows these in its own messages, which mibc replaces, so they are not tracked.
    public int Line => 0;

    public int Column => 0;

    public IDictionary<object, object> Memos => memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd)
        {
            throw new InvalidOperationException("The input is already at its end.");
        }

        return new SourceInput(Source, Position + 1);
    }

    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Source.Length, Position);
}
