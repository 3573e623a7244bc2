using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>The words <c>true</c> and <c>false</c>.</summary>
public sealed class BooleanType : MibType
{
    /// <summary>The one instance.</summary>
    public static BooleanType Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "boolean";

    /// <inheritdoc />
    public override string Expected => "true or false";

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key) => syntax switch
    {
        WordSyntax { Text: "true" } => true,
        WordSyntax { Text: "false" } => false,
        _ => Mismatch(syntax, context, key),
    };
}
