using System.Text.RegularExpressions;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>
/// A password hash in Dovecot's <c>{SCHEME}value</c> form. Whether the scheme is strong is a policy rule's call.
/// </summary>
public sealed partial class PasswordHashType : MibType
{
    /// <summary>The one instance.</summary>
    public static PasswordHashType Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "password-hash";

    /// <inheritdoc />
    public override string Expected => "a password hash in quotes, such as \"{SHA512-CRYPT}$6$...\"";

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        // NOTE: a wrong value here may be a real password, so no message or printed excerpt repeats it.
        if (syntax is not StringLiteralSyntax literal)
        {
            context.ReportHidingSource(DiagnosticCatalog.TypeMismatch, syntax.Span, "(hidden)", key, Expected);
            return null;
        }

        var match = HashPattern().Match(literal.Value);
        if (!match.Success)
        {
            context.ReportHidingSource(DiagnosticCatalog.PasswordNotHashed, syntax.Span, key);
            return null;
        }

        return new PasswordHash(match.Groups[1].Value.ToUpperInvariant(), match.Groups[2].Value);
    }

    // NOTE: the value after the scheme is printable ASCII without ':' or white space, because
    // Dovecot's passwd-file splits fields at ':' and ends entries at a line break.
    [GeneratedRegex(@"^\{([A-Za-z0-9._-]{1,32})\}([!-9;-~]{1,1024})$")]
    private static partial Regex HashPattern();
}
