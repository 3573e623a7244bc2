using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>A quoted domain name; international names are accepted and stored in both forms.</summary>
public sealed class DomainNameType : MibType
{
    /// <summary>The one instance.</summary>
    public static DomainNameType Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "domain";

    /// <inheritdoc />
    public override string Expected => "a domain name in quotes, such as \"example.org\"";

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        if (syntax is not StringLiteralSyntax literal)
        {
            return Mismatch(syntax, context, key);
        }

        var result = DomainNameParser.Parse(literal.Value);
        if (result.Error is not null)
        {
            context.Report(DiagnosticCatalog.InvalidDomainName, syntax.Span, Shorten(literal.Value), result.Error);
            return null;
        }

        return result.Name;
    }
}
