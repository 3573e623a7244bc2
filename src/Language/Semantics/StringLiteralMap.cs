using Mibc.Language.Text;

namespace Mibc.Language.Semantics;

/// <summary>Maps ranges of a string literal's decoded value back to the source text, across escapes.</summary>
internal static class StringLiteralMap
{
    /// <summary>
    /// Returns the source span of <c>value[offset..offset + length]</c>, where <paramref name="literal"/> is the
    /// literal's span (quotes included) and <paramref name="value"/> its decoded value. A range that covers the
    /// whole value gives the whole literal, so an empty string still gets a visible span. Otherwise a zero
    /// length gives an empty span at that position, and an offset at the end of the value points at the
    /// closing quote.
    /// </summary>
    public static TextSpan ToSource(SourceText source, TextSpan literal, string value, int offset, int length)
    {
        if (offset <= 0 && length >= value.Length)
        {
            return literal;
        }

        var text = source.Text;
        var starts = new int[value.Length];
        var ends = new int[value.Length];
        var index = 0;
        var position = literal.Start + 1;
        var contentEnd = literal.Length >= 2 && text[literal.End - 1] == '"' ? literal.End - 1 : literal.End;

        // NOTE: this walks the literal as the grammar decodes it: \\ \" \n \t stand for one character, and an
        // invalid escape or a forbidden character is left out of the value. Comparing with the decoded value
        // separates a kept character from a dropped one without repeating the grammar's character classes.
        while (position < contentEnd && index < value.Length)
        {
            var width = text[position] == '\\' && position + 1 < contentEnd ? 2 : 1;
            var decoded = width == 2 ? Unescape(text[position + 1]) : text[position];
            if (decoded == value[index])
            {
                starts[index] = position;
                ends[index] = position + width;
                index++;
            }

            position += width;
        }

        if (index < value.Length)
        {
            return literal;
        }

        offset = Math.Clamp(offset, 0, value.Length);
        length = Math.Clamp(length, 0, value.Length - offset);
        var start = offset < value.Length ? starts[offset] : contentEnd;
        var end = length == 0 ? start : ends[offset + length - 1];
        return TextSpan.FromBounds(start, end);
    }

    private static char? Unescape(char escaped) => escaped switch
    {
        '\\' => '\\',
        '"' => '"',
        'n' => '\n',
        't' => '\t',
        _ => null,
    };
}
