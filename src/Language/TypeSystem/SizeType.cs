using System.Globalization;
using System.Text.RegularExpressions;
using Mibc.Language.Model;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>A storage size with a binary unit: <c>B</c>, <c>KB</c>, <c>MB</c>, <c>GB</c> or <c>TB</c>.</summary>
public sealed partial class SizeType : MibType
{
    /// <summary>The one instance.</summary>
    public static SizeType Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "size";

    /// <inheritdoc />
    public override string Expected => "a size such as 500MB or 10GB";

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        var match = syntax is WordSyntax word ? SizePattern().Match(word.Text) : Match.Empty;
        if (!match.Success)
        {
            return Mismatch(syntax, context, key);
        }

        var shift = match.Groups[2].Value.ToUpperInvariant() switch
        {
            "B" => 0,
            "KB" => 10,
            "MB" => 20,
            "GB" => 30,
            _ => 40,
        };

        // NOTE: 8 EB is the largest long; anything near it is a typo, so overflow is a type error.
        if (!long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number > (long.MaxValue >> shift))
        {
            return Mismatch(syntax, context, key);
        }

        return new ByteSize(number << shift);
    }

    [GeneratedRegex("^([0-9]{1,19})(B|KB|MB|GB|TB)$", RegexOptions.IgnoreCase)]
    private static partial Regex SizePattern();
}
