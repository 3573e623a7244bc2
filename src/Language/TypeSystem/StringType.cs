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

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key) =>
        syntax is StringLiteralSyntax literal ? literal.Value : Mismatch(syntax, context, key);
}
