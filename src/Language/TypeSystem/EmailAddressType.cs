using Mibc.Language.Diagnostics;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>A quoted email address.</summary>
public sealed class EmailAddressType : MibType
{
    /// <summary>The one instance.</summary>
    public static EmailAddressType Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "email";

    /// <inheritdoc />
    public override string Expected => "an email address in quotes, such as \"admin@example.org\"";

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        if (syntax is not StringLiteralSyntax literal)
        {
            return Mismatch(syntax, context, key);
        }

        var (address, error) = EmailAddressParser.Parse(literal.Value);
        if (error is not null)
        {
            context.Report(DiagnosticCatalog.InvalidEmail, syntax.Span, Shorten(literal.Value), error);
            return null;
        }

        return address;
    }
}
