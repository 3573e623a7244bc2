using Mibc.Language.Diagnostics;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>A DKIM selector: one or more DNS labels of letters, digits and hyphens (RFC 6376, section 3.1).</summary>
public sealed class DkimSelectorType : MibType
{
    /// <summary>The one instance.</summary>
    public static DkimSelectorType Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "selector";

    /// <inheritdoc />
    public override string Expected => "a selector in quotes, such as \"mail\" or \"2026\"";

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        if (syntax is not StringLiteralSyntax literal)
        {
            return Mismatch(syntax, context, key);
        }

        var problem = Check(literal.Value);
        if (problem is not null)
        {
            context.Report(DiagnosticCatalog.InvalidSelector, syntax.Span, Shorten(literal.Value), problem);
            return null;
        }

        return literal.Value.ToLowerInvariant();
    }

    private static string? Check(string selector)
    {
        if (selector.Length == 0)
        {
            return "it is empty";
        }

        foreach (var label in selector.Split('.'))
        {
            if (label.Length is 0 or > 63)
            {
                return "each dot-separated part needs 1 to 63 characters";
            }

            var bad = label.FirstOrDefault(c => !(char.IsAsciiLetterOrDigit(c) || c == '-'));
            if (bad != default)
            {
                var shown = char.IsControl(bad) || char.IsWhiteSpace(bad) ? $"U+{(int)bad:X4}" : $"'{bad}'";
                return $"it contains {shown}; a selector holds only letters, digits, '-' and '.'";
            }

            if (label.StartsWith('-') || label.EndsWith('-'))
            {
                return "a part starts or ends with '-'";
            }
        }

        return null;
    }
}
