using System.Globalization;
using System.Text;

namespace Mibc.Targets.Render;

/// <summary>Shows user values inside diagnostic messages without breaking the one-line message format.</summary>
internal static class DisplayText
{
    private const int MaxLength = 60;

    /// <summary>Quotes a value, spelling out quotes, backslashes and control characters as box.mib escapes them.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value.Length > MaxLength ? value[..MaxLength] : value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        builder.Append(value.Length > MaxLength ? "...\"" : "\"");
        return builder.ToString();
    }

    /// <summary>Names one character for a message: printable ones in quotes, the rest as code points.</summary>
    public static string Character(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}")
            : $"'{c}'";
}
