namespace Mibc.Targets.Deploy;

/// <summary>Quotes text for POSIX shells, so generated scripts never expand or split a value.</summary>
public static class ShellQuote
{
    /// <summary>Returns <paramref name="text"/> in single quotes, with each single quote written as <c>'\''</c>.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Quotes each word and joins them with spaces, as one line of arguments.</summary>
    public static string Join(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));
}
