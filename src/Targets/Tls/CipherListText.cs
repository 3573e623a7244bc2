using Mibc.Language.Diagnostics;
using Mibc.Language.Text;
using Mibc.Targets.Render;

namespace Mibc.Targets.Tls;

/// <summary>Checks that a cipher list from box.mib is safe to write into a config line, and writes it one way.</summary>
internal static class CipherListText
{
    /// <summary>
    /// Returns the list with every separator written as ':', or null and a MIB3004 error when it contains a
    /// character that is neither a separator nor part of a cipher name, alias, operator or <c>@</c> command.
    /// </summary>
    /// <remarks>
    /// OpenSSL splits cipher strings at ':', ',', ';' and space alike (ITEM_SEP in ssl/ssl_ciph.c), so
    /// writing every separator as ':' keeps the meaning while no quote, '$', '#', comma or line break is left
    /// for Postfix, Dovecot or nginx to read.
    /// </remarks>
    public static string? Normalize(string text, string key, SourceSpan span, Action<Diagnostic> report)
    {
        foreach (var c in text)
        {
            if (!IsAllowed(c))
            {
                report(DiagnosticCatalog.UnsafeTlsSetting.Create(span, key, DisplayText.Quote(text), DisplayText.Character(c)));
                return null;
            }
        }

        return string.Join(':', text.Split([':', ',', ';', ' '], StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsAllowed(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '+' or '!' or '@' or '=' or ':' or ',' or ';' or ' ';
}
