namespace Mibc.Language.Text;

/// <summary>
/// A range of characters in a source text, as a start offset and a length.
/// </summary>
/// <param name="Start">Offset of the first character, counted in UTF-16 code units.</param>
/// <param name="Length">Number of UTF-16 code units in the range.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Creates the span from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    /// <summary>Creates the smallest span that covers both spans.</summary>
    public TextSpan Union(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));
}
