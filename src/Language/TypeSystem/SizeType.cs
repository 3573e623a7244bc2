using System.Globalization;
using System.Text.RegularExpressions;
using Mibc.Language.Model;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>A storage size with a binary unit: <c>B</c>, <c>KB</c>, <c>MB</c>, <c>GB</c> or <c>TB</c>.</summary>
/// <param name="minimum">The smallest accepted size.</param>
public sealed partial class SizeType(ByteSize minimum) : MibType
{
    // NOTE: 8 EB is the largest long, so 8388607TB is the largest size that fits.
    private static readonly ByteSize Maximum = new(8388607L << 40);

    /// <summary>Sizes of at least 1MB, the smallest useful mailbox quota or message size limit.</summary>
    public static SizeType Instance { get; } = new(new ByteSize(1L << 20));

    /// <summary>The smallest accepted size.</summary>
    public ByteSize Minimum { get; } = minimum;

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

        if (!long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number > (Maximum.Bytes >> shift) || (number << shift) < Minimum.Bytes || match.Value.StartsWith('-'))
        {
            context.Report(Diagnostics.DiagnosticCatalog.OutOfRange, syntax.Span, Shorten(((WordSyntax)syntax).Text), key, Minimum, Maximum);
            return null;
        }

        return new ByteSize(number << shift);
    }

    [GeneratedRegex("^-?([0-9]{1,19})(B|KB|MB|GB|TB)$", RegexOptions.IgnoreCase)]
    private static partial Regex SizePattern();
}
