using Mibc.Language.Diagnostics;
using Mibc.Language.Model;

namespace Mibc.Targets.Render;

/// <summary>
/// Checks free-text values of box.mib before they reach a config line: each either fits the syntax of every
/// file it goes into as it is, or gets a MIB3xxx error at its span.
/// </summary>
/// <remarks>
/// The language's own types already keep line breaks out of every string (MIB1032). They also keep quotes,
/// '$', '#', commas and white space out of paths and DKIM selectors (MIB1033, MIB1035). The checks here are
/// the ones only the targets can make.
/// </remarks>
public static class ConfigValueRules
{
    /// <summary>Checks a web_root, which nginx writes as a <c>root</c> directive.</summary>
    /// <returns>The path without a trailing slash, or null after reporting an error.</returns>
    public static string? CheckWebRoot(Located<string> webRoot, Action<Diagnostic> report)
    {
        var path = webRoot.Value.TrimEnd('/');
        if (path.Length == 0)
        {
            report(DiagnosticCatalog.WebRootIsFileSystemRoot.Create(webRoot.Span, DisplayText.Quote(webRoot.Value)));
            return null;
        }

        return RequireConfigSafe(path, "web_root");
    }

    /// <summary>
    /// Returns <paramref name="value"/> when it holds only characters that no config file mibc writes gives
    /// a meaning to: letters, digits and <c>. _ - + /</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The value has another character, which the language should have rejected: a bug in mibc.</exception>
    public static string RequireConfigSafe(string value, string key)
    {
        // NOTE: the language's types guarantee this for paths and selectors; the check keeps a change there
        // from reaching a config file unnoticed.
        var bad = value.FirstOrDefault(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '/'));
        return bad == default
            ? value
            : throw new InvalidOperationException($"'{key}' value {DisplayText.Quote(value)} contains {DisplayText.Character(bad)}, which its type should have rejected.");
    }
}
