namespace Mibc.Language.Parsing;

/// <summary>The character classes of the box.mib grammar.</summary>
internal static class CharacterClasses
{
    public static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    public static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    // NOTE: ':' starts IPv6 literals such as ::1, and '@' is allowed so that an unquoted
    // email address reads as one value and gets a type error instead of a syntax error.
    public static bool IsWordStart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or ':';

    public static bool IsWordPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or ':' or '.' or '-' or '/' or '@' or '+' or '%';

    public static bool IsTrivia(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f';

    /// <summary>Whether a character may never appear outside a comment, because it is invisible or a control code.</summary>
    public static bool IsForbidden(char c) =>
        (char.IsControl(c) && !IsTrivia(c)) || c is '\uFFFD' or '\uFEFF' or '\u200B' or '\u2028' or '\u2029';

    /// <summary>
    /// Describes a character for a message: invisible ones as code points, and non-ASCII ones with their code point
    /// too, so a look-alike such as Cyrillic 'і' is told apart from 'i'.
    /// </summary>
    public static string Describe(char c) =>
        IsForbidden(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) ? $"U+{(int)c:X4}"
        : c > '\u007F' ? $"'{c}' (U+{(int)c:X4})"
        : $"'{c}'";

    /// <summary>
    /// Returns the index just past the string literal whose opening quote is at <paramref name="openQuote"/>:
    /// after its closing quote, or at the line break or end of text that cuts it short.
    /// </summary>
    public static int SkipString(string text, int openQuote)
    {
        var position = openQuote + 1;
        while (position < text.Length)
        {
            switch (text[position])
            {
                case '\\':
                    // A backslash escapes the next character, but never the line break that ends an unterminated string.
                    position += position + 1 < text.Length && text[position + 1] == '\n' ? 1 : 2;
                    break;
                case '"':
                    return position + 1;
                case '\n':
                    return position;
                default:
                    position++;
                    break;
            }
        }

        return text.Length;
    }
}
