using Mibc.Language.Model;

namespace Mibc.Language.TypeSystem;

/// <summary>Checks and normalises email addresses.</summary>
/// <remarks>
/// Local parts are limited to letters, digits and <c>. _ - +</c>. RFC 5321 allows more, such as <c>$</c>,
/// <c>#</c> and quotes, but those change meaning in Postfix and Dovecot tables, and admins rarely need them.
/// </remarks>
public static class EmailAddressParser
{
    /// <summary>Parses an address, returning either the address, lower-cased, or the reason it is invalid.</summary>
    public static (EmailAddress? Address, string? Error) Parse(string text)
    {
        var at = text.LastIndexOf('@');
        if (at < 0)
        {
            return (null, "it has no '@': write local-part@domain, such as admin@example.org");
        }

        var local = text[..at];
        if (local.Length == 0)
        {
            return (null, "the part before '@' is empty");
        }

        if (local.Length > 64)
        {
            return (null, $"the part before '@' has {local.Length} characters, more than the 64 SMTP allows");
        }

        var bad = local.FirstOrDefault(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+'));
        if (bad != default)
        {
            var shown = char.IsControl(bad) || char.IsWhiteSpace(bad) ? $"U+{(int)bad:X4}" : $"'{bad}'";
            return (null, $"the part before '@' contains {shown}: use only letters, digits, '.', '_', '-' and '+'");
        }

        if (local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
        {
            return (null, "the part before '@' starts or ends with a dot, or has two dots in a row");
        }

        var (domain, domainError) = DomainNameParser.Parse(text[(at + 1)..]);
        if (domain is null)
        {
            return (null, "the domain after '@' is invalid, because " + domainError);
        }

        var address = new EmailAddress(local.ToLowerInvariant(), domain);
        return address.Ascii.Length > 254
            ? (null, $"the address has {address.Ascii.Length} characters, more than the 254 SMTP allows")
            : (address, null);
    }
}
