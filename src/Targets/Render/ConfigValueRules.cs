using Mibc.Language.Diagnostics;
using Mibc.Language.Model;

namespace Mibc.Targets.Render;

/// <summary>
/// Checks free-text values of box.mib before they reach a config line: each either fits the syntax of every
/// file it goes into as it is, or gets a MIB3xxx error at its span.
/// </summary>
public static class ConfigValueRules
{
    // NOTE: a DNS name has at most 253 characters in text form (RFC 1035, 255 octets on the wire).
    private const int MaxDnsNameLength = 253;

    /// <summary>
    /// Checks a web_root: an absolute, normalized path of characters that nginx reads literally inside a
    /// quoted <c>root</c> argument. '$' would start a variable, and quotes, backslashes, ';', braces,
    /// '#' and white space would end or change the argument.
    /// </summary>
    /// <returns>The path without a trailing slash, or null after reporting an error.</returns>
    public static string? CheckWebRoot(Located<string> webRoot, Action<Diagnostic> report)
    {
        var path = webRoot.Value;
        var shown = DisplayText.Quote(path);
        var bad = path.FirstOrDefault(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '~' or '@' or '/'));
        if (bad != default)
        {
            report(DiagnosticCatalog.UnsafeWebRoot.Create(webRoot.Span, shown, DisplayText.Character(bad)));
            return null;
        }

        var reason = path switch
        {
            "" => "it is empty",
            _ when !path.StartsWith('/') => "it is relative, and nginx would resolve it against its own prefix",
            _ when path.Trim('/').Length == 0 => "it is the file system root, which would publish every file on the host",
            _ when path.TrimEnd('/').Split('/').Skip(1).Any(segment => segment is "" or "." or "..") => "it has an empty, '.' or '..' segment",
            _ => null,
        };
        if (reason is not null)
        {
            report(DiagnosticCatalog.InvalidWebRoot.Create(webRoot.Span, shown, reason));
            return null;
        }

        return path.TrimEnd('/');
    }

    /// <summary>
    /// Checks a DKIM selector: RFC 6376 makes it a DNS name, and it becomes part of a KeyTable line and
    /// of a key file name, where ':', ',', '/', white space or '#' would change what the line means.
    /// </summary>
    /// <returns>The error, or null when the selector is valid.</returns>
    public static Diagnostic? CheckSelector(Located<string> selector, DomainName domain)
    {
        var reason = SelectorProblem(selector.Value, domain);
        return reason is null
            ? null
            : DiagnosticCatalog.InvalidDkimSelector.Create(selector.Span, DisplayText.Quote(selector.Value), reason);
    }

    private static string? SelectorProblem(string selector, DomainName domain)
    {
        if (selector.Length == 0)
        {
            return "it is empty";
        }

        var bad = selector.FirstOrDefault(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '.'));
        if (bad != default)
        {
            return $"it contains {DisplayText.Character(bad)}";
        }

        foreach (var label in selector.Split('.'))
        {
            if (label.Length is 0 or > 63)
            {
                return "each dot-separated label needs 1 to 63 characters";
            }

            if (label.StartsWith('-') || label.EndsWith('-'))
            {
                return $"the label '{label}' starts or ends with '-'";
            }
        }

        var fullName = $"{selector}._domainkey.{domain.Ascii}";
        return fullName.Length > MaxDnsNameLength
            ? $"the DNS name {fullName} has {fullName.Length} characters, more than the {MaxDnsNameLength} DNS allows"
            : null;
    }
}
