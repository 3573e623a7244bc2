using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>
/// A type in box.mib: what a key accepts, how it reads in docs, and how a written value becomes a model value.
/// </summary>
public abstract class MibType
{
    /// <summary>The type's name in the language reference, such as <c>size</c>.</summary>
    public abstract string Name { get; }

    /// <summary>What a value must look like, for "expected ..." messages, such as "a size such as 10GB".</summary>
    public abstract string Expected { get; }

    /// <summary>Converts a written value, reporting a diagnostic and returning null when it does not fit.</summary>
    /// <param name="syntax">The written value.</param>
    /// <param name="context">Where diagnostics go.</param>
    /// <param name="key">The key or block the value belongs to, for messages.</param>
    internal abstract object? Convert(ValueSyntax syntax, BindingContext context, string key);

    /// <summary>Reports that the value has the wrong shape for this type.</summary>
    internal object? Mismatch(ValueSyntax syntax, BindingContext context, string key)
    {
        context.Report(Diagnostics.DiagnosticCatalog.TypeMismatch, syntax.Span, Shorten(syntax.Display), key, Expected);
        return null;
    }

    /// <summary>
    /// Cuts a long value down for a message, so a 1 MB line does not become a 1 MB message, and spells out
    /// control characters, so a message stays on one line.
    /// </summary>
    internal static string Shorten(string text)
    {
        var cut = text.Length <= 60 ? text : text[..57] + "...";
        if (!cut.Any(char.IsControl))
        {
            return cut;
        }

        var builder = new System.Text.StringBuilder(cut.Length + 8);
        foreach (var c in cut)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
