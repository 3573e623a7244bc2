using System.Globalization;
using System.Text.RegularExpressions;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>A length of time with a unit: <c>s</c>, <c>m</c>, <c>h</c> or <c>d</c>.</summary>
public sealed partial class DurationType : MibType
{
    /// <summary>The one instance.</summary>
    public static DurationType Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "duration";

    /// <inheritdoc />
    public override string Expected => "a duration such as 30s, 15m, 12h or 365d";

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        var match = syntax is WordSyntax word ? DurationPattern().Match(word.Text) : Match.Empty;
        if (!match.Success
            || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Mismatch(syntax, context, key);
        }

        return match.Groups[2].Value switch
        {
            "s" => TimeSpan.FromSeconds(number),
            "m" => TimeSpan.FromMinutes(number),
            "h" => TimeSpan.FromHours(number),
            _ => TimeSpan.FromDays(number),
        };
    }

    // NOTE: seven digits of days is already past 27,000 years; more would overflow TimeSpan.
    [GeneratedRegex("^([0-9]{1,7})(s|m|h|d)$")]
    private static partial Regex DurationPattern();
}
