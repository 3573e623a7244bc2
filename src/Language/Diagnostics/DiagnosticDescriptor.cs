using System.Globalization;
using System.Text.RegularExpressions;
using Mibc.Language.Text;

namespace Mibc.Language.Diagnostics;

/// <summary>
/// A catalog entry: a stable code, its default severity and the message template it formats.
/// </summary>
/// <param name="Code">The stable code, such as <c>MIB1002</c>. A code is never reused for another meaning.</param>
/// <param name="Severity">The severity diagnostics get unless configuration changes it.</param>
/// <param name="Title">A short name for the kind of problem, used in docs and SARIF rule metadata.</param>
/// <param name="MessageFormat">A composite format string with numbered placeholders such as <c>{0}</c>.</param>
public sealed partial record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title, string MessageFormat)
{
    /// <summary>Number of distinct numbered placeholders in <see cref="MessageFormat"/>.</summary>
    public int PlaceholderCount => Placeholder().Matches(MessageFormat)
        .Select(match => match.Groups[1].Value)
        .Distinct()
        .Count();

    /// <summary>Creates a diagnostic at <paramref name="location"/> with the message formatted from <paramref name="args"/>.</summary>
    /// <exception cref="ArgumentException">The number of arguments differs from the number of placeholders.</exception>
    public Diagnostic Create(SourceSpan location, params object[] args)
    {
        // NOTE: a mismatch is a bug in mibc, never in the user's file, so it throws;
        // the catalog tests format every descriptor to catch it before release.
        if (args.Length != PlaceholderCount)
        {
            throw new ArgumentException(
                $"{Code} takes {PlaceholderCount} arguments but was given {args.Length}.", nameof(args));
        }

        var message = string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
        return new Diagnostic(Code, Severity, message, location);
    }

    [GeneratedRegex(@"(?<!\{)\{(\d+)\}")]
    private static partial Regex Placeholder();
}
