using System.Globalization;
using System.Text;

namespace Mibc.Language.TypeSystem;

/// <summary>
/// The Bidi rule of RFC 5893 for labels with right-to-left characters, with bidirectional classes taken from the
/// Unicode blocks of Hebrew, Arabic, Syriac, Thaana and N'Ko.
/// </summary>
/// <remarks>
/// NOTE: the classes are approximated by block, since .NET exposes no Bidi_Class property; letters of other
/// right-to-left scripts (such as Adlam) count as left-to-right here and so escape the rule.
/// </remarks>
internal static class BidiRule
{
    private enum BidiClass
    {
        LeftToRight,
        RightToLeft,
        ArabicLetter,
        ArabicNumber,
        EuropeanNumber,
        NonSpacingMark,
        Other,
    }

    /// <summary>Returns why a label breaks the Bidi rule, or null when it keeps it or has no right-to-left character.</summary>
    public static string? Check(string label)
    {
        var classes = label.EnumerateRunes().Select(Classify).ToList();
        if (!classes.Any(c => c is BidiClass.RightToLeft or BidiClass.ArabicLetter or BidiClass.ArabicNumber))
        {
            return null;
        }

        if (classes[0] is not (BidiClass.RightToLeft or BidiClass.ArabicLetter))
        {
            return $"the label '{label}' has right-to-left characters but does not start with a right-to-left letter (RFC 5893, rule 1)";
        }

        if (classes.Contains(BidiClass.LeftToRight))
        {
            return $"the label '{label}' mixes right-to-left and left-to-right letters (RFC 5893, rule 2)";
        }

        var last = classes.FindLastIndex(c => c != BidiClass.NonSpacingMark);
        if (classes[last] is not (BidiClass.RightToLeft or BidiClass.ArabicLetter or BidiClass.EuropeanNumber or BidiClass.ArabicNumber))
        {
            return $"the right-to-left label '{label}' must end with a letter or digit (RFC 5893, rule 3)";
        }

        return classes.Contains(BidiClass.EuropeanNumber) && classes.Contains(BidiClass.ArabicNumber)
            ? $"the label '{label}' mixes European and Arabic-Indic digits (RFC 5893, rule 4)"
            : null;
    }

    private static BidiClass Classify(Rune rune)
    {
        var value = rune.Value;
        if (value is >= 0x0660 and <= 0x0669 or 0x066B or 0x066C)
        {
            return BidiClass.ArabicNumber;
        }

        if (value is >= '0' and <= '9' or >= 0x06F0 and <= 0x06F9)
        {
            return BidiClass.EuropeanNumber;
        }

        if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
        {
            return BidiClass.NonSpacingMark;
        }

        if (value is >= 0x0590 and <= 0x05FF or >= 0x07C0 and <= 0x085F or >= 0xFB1D and <= 0xFB4F)
        {
            return BidiClass.RightToLeft;
        }

        if (value is >= 0x0600 and <= 0x07BF or >= 0x0860 and <= 0x08FF or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF)
        {
            return BidiClass.ArabicLetter;
        }

        return Rune.IsLetter(rune) ? BidiClass.LeftToRight : BidiClass.Other;
    }
}
