using System.Text.RegularExpressions;

namespace Mibc.Tests.EndToEnd;

/// <summary>Edits of config and box.mib text that must hit exactly one place, so a changed file fails loudly instead of going unedited.</summary>
internal static class TextEdit
{
    /// <summary>Replaces the one match of <paramref name="pattern"/>, which may refer to groups as <c>$1</c>.</summary>
    /// <param name="source">The file's name for the error, such as <c>samples/box.mib</c>.</param>
    /// <exception cref="InvalidOperationException">The text has no match or more than one.</exception>
    public static string ReplaceOnce(Regex pattern, string text, string replacement, string source)
    {
        var matches = pattern.Matches(text).Count;
        return matches == 1
            ? pattern.Replace(text, replacement)
            : throw new InvalidOperationException($"{source} has {matches} places matching '{pattern}', expected exactly one; update the end-to-end test's edit");
    }
}
