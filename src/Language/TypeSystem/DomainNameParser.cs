using System.Globalization;
using System.Text;
using Mibc.Language.Model;

namespace Mibc.Language.TypeSystem;

/// <summary>
/// Checks and normalises domain names, international ones included.
/// </summary>
/// <remarks>
/// Host names follow RFC 1123 (letters, digits and hyphens in labels of 1 to 63 octets, 253 in all).
/// International labels must hold only code points IDNA2008 (RFC 5892) permits: letters, combining marks
/// and digits. .NET's <see cref="IdnMapping"/> then makes the A-label form and applies the bidirectional
/// and contextual rules.
/// </remarks>
public static class DomainNameParser
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    /// <summary>Parses a domain name, returning either the name or the reason it is invalid.</summary>
    /// <param name="text">The name as written; one trailing dot is allowed.</param>
    /// <param name="requireDot">Whether a single-label name such as <c>localhost</c> is rejected.</param>
    public static (DomainName? Name, string? Error) Parse(string text, bool requireDot = true)
    {
        var name = text.EndsWith('.') ? text[..^1] : text;
        if (name.Length == 0)
        {
            return (null, "the name is empty: write a name such as example.org");
        }

        var labels = name.Split('.');
        if (requireDot && labels.Length < 2)
        {
            return (null, "a mail domain needs at least two labels, such as example.org");
        }

        foreach (var label in labels)
        {
            var problem = CheckLabel(label) ?? BidiRule.Check(label);
            if (problem is not null)
            {
                return (null, problem);
            }
        }

        if (labels[^1].All(char.IsAsciiDigit))
        {
            return (null, $"its last label '{labels[^1]}' is all digits, so it reads as an IP address, not a domain name");
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(name.Normalize(NormalizationForm.FormC).ToLowerInvariant());
        }
        catch (ArgumentException)
        {
            return (null, "the IDNA conversion (UTS 46) rejects a label of it: check each label for characters domain names cannot hold");
        }

        if (ascii.Length > 253)
        {
            return (null, $"its ASCII form has {ascii.Length} characters, more than the 253 DNS allows");
        }

        var tooLong = ascii.Split('.').FirstOrDefault(label => label.Length > 63);
        if (tooLong is not null)
        {
            return (null, $"the label '{tooLong}' has {tooLong.Length} characters in ASCII form, more than the 63 DNS allows");
        }

        return (new DomainName(ascii, Idn.GetUnicode(ascii)), null);
    }

    private static string? CheckLabel(string label)
    {
        if (label.Length == 0)
        {
            return "it has an empty label: remove the doubled or leading dot";
        }

        if (label.All(char.IsAscii) && label.Length > 63)
        {
            return $"the label '{label[..20]}...' has {label.Length} characters, more than the 63 DNS allows";
        }

        if (label.StartsWith('-') || label.EndsWith('-'))
        {
            return $"the label '{label}' starts or ends with '-', which host names may not";
        }

        if (label.Length >= 4 && label[2] == '-' && label[3] == '-' && !label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return $"the label '{label}' has '--' in the third and fourth places, which IDNA2008 reserves";
        }

        foreach (var rune in label.EnumerateRunes())
        {
            var problem = CheckCodePoint(rune);
            if (problem is not null)
            {
                return problem;
            }
        }

        // RFC 5892 appendix A.8 and A.9: the two sets of Arabic-Indic digits may not be mixed in one label.
        if (label.Any(c => c is >= '\u0660' and <= '\u0669') && label.Any(c => c is >= '\u06F0' and <= '\u06F9'))
        {
            return $"the label '{label}' mixes Arabic-Indic and extended Arabic-Indic digits, which IDNA2008 forbids";
        }

        return null;
    }

    private static string? CheckCodePoint(Rune rune)
    {
        if (rune.IsAscii)
        {
            var c = (char)rune.Value;
            return char.IsAsciiLetterOrDigit(c) || c == '-'
                ? null
                : $"it contains {Describe(rune)}; domain names hold only letters, digits and '-'";
        }

        var text = rune.ToString();
        var compatible = text.Normalize(NormalizationForm.FormKC);
        if (compatible != text.Normalize(NormalizationForm.FormC))
        {
            return compatible.All(char.IsLetterOrDigit)
                ? $"it contains {Describe(rune)}, a compatibility character that IDNA2008 does not allow: write '{compatible}' instead"
                : $"it contains {Describe(rune)}, a compatibility character that IDNA2008 does not allow: remove it";
        }

        var category = Rune.GetUnicodeCategory(rune);
        var permitted = category is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber;
        return permitted
            ? null
            : $"it contains {Describe(rune)}, a {DescribeCategory(category)}, and IDNA2008 permits only letters, marks and digits";
    }

    private static string Describe(Rune rune) =>
        Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) ? $"U+{rune.Value:X4}" : $"'{rune}' (U+{rune.Value:X4})";

    private static string DescribeCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
            or UnicodeCategory.ModifierSymbol => "symbol",
        UnicodeCategory.SpaceSeparator => "space",
        UnicodeCategory.Control or UnicodeCategory.Format => "control or format character",
        _ when category.ToString().EndsWith("Punctuation", StringComparison.Ordinal) => "punctuation mark",
        _ => "character outside letters and digits",
    };
}
