using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>A quoted string.</summary>
/// <param name="example">An example value for messages and docs.</param>
public sealed class StringType(string example) : MibType
{
    /// <inheritdoc />
    public override string Name => "string";

    /// <inheritdoc />
    public override string Expected => $"a string in quotes, such as \"{example}\"";

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        if (syntax is not StringLiteralSyntax literal)
        {
            return Mismatch(syntax, context, key);
        }

        // NOTE: no key takes a line break or tab; in a config file either could start a new setting.
        if (literal.Value.Any(char.IsControl))
        {
            context.Report(Diagnostics.DiagnosticCatalog.ControlCharacterInValue, syntax.Span, key, Shorten(literal.Value));
            return null;
        }

        return literal.Value;
    }
}
