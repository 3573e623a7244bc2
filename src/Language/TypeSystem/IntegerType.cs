using System.Globalization;
using Mibc.Language.Diagnostics;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>A whole number within a range.</summary>
/// <param name="minimum">The smallest accepted value.</param>
/// <param name="maximum">The largest accepted value.</param>
public sealed class IntegerType(int minimum, int maximum) : MibType
{
    /// <summary>The smallest accepted value.</summary>
    public int Minimum { get; } = minimum;

    /// <summary>The largest accepted value.</summary>
    public int Maximum { get; } = maximum;

    /// <inheritdoc />
    public override string Name => $"integer {Minimum}-{Maximum}";

    /// <inheritdoc />
    public override string Expected => $"a whole number from {Minimum} to {Maximum}";

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        var digits = syntax is WordSyntax { Text: var text } ? text.TrimStart('-') : string.Empty;
        if (syntax is not WordSyntax word || digits.Length == 0 || !digits.All(char.IsAsciiDigit) || word.Text.Length - digits.Length > 1)
        {
            return Mismatch(syntax, context, key);
        }

        if (!long.TryParse(word.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            || value < Minimum || value > Maximum)
        {
            context.Report(DiagnosticCatalog.OutOfRange, syntax.Span, Shorten(word.Text), key, Minimum, Maximum);
            return null;
        }

        return (int)value;
    }
}
