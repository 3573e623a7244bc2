using Mibc.Language.Model;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>
/// A TLS cipher setting: a profile name, meaning that profile's ciphers, or an OpenSSL cipher string in quotes.
/// </summary>
/// <param name="profiles">The accepted profile names.</param>
public sealed class CipherSpecType(params string[] profiles) : MibType
{
    /// <summary>Profile names accepted without quotes.</summary>
    public IReadOnlyList<string> Profiles { get; } = profiles;

    /// <inheritdoc />
    public override string Name => "cipher-spec";

    /// <inheritdoc />
    public override string Expected =>
        $"a profile name ({Suggestions.JoinAlternatives(Profiles)}) or an OpenSSL cipher string in quotes";

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        switch (syntax)
        {
            case StringLiteralSyntax literal when literal.Value.Any(char.IsControl):
                // NOTE: a line break in a cipher string would start a new setting in the daemon's config file.
                context.Report(Diagnostics.DiagnosticCatalog.ControlCharacterInValue, syntax.Span, key, Shorten(literal.Value));
                return null;
            case StringLiteralSyntax literal:
                return new CipherSpec(null, literal.Value);
            case WordSyntax word when Profiles.Contains(word.Text):
                return new CipherSpec(word.Text, null);
            case WordSyntax word:
                context.Report(
                    Diagnostics.DiagnosticCatalog.UnknownEnumMember,
                    syntax.Span,
                    Shorten(word.Text),
                    key,
                    Suggestions.DidYouMean(word.Text, Profiles) + " (an OpenSSL cipher string goes in quotes)");
                return null;
            default:
                return Mismatch(syntax, context, key);
        }
    }
}
