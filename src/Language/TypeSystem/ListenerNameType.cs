using Mibc.Language.Diagnostics;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;
using Mibc.Language.Tls;

namespace Mibc.Language.TypeSystem;

/// <summary>The name of a listener in quotes, such as "submission", as a <c>listener</c> block's label.</summary>
public sealed class ListenerNameType : MibType
{
    /// <summary>The one instance.</summary>
    public static ListenerNameType Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "listener";

    /// <inheritdoc />
    public override string Expected =>
        "a listener name in quotes: " + Suggestions.JoinAlternatives(Listeners.All.Select(listener =>
            listener.Port() is { } port ? $"\"{listener.Name()}\" (port {port})" : $"\"{listener.Name()}\" (outgoing mail)"));

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        if (syntax is not StringLiteralSyntax literal)
        {
            return Mismatch(syntax, context, key);
        }

        if (Listeners.TryParse(literal.Value, out var listener))
        {
            return listener.Value;
        }

        var hint = Suggestions.DidYouMean(literal.Value, Listeners.All.Select(candidate => candidate.Name()));
        context.Report(DiagnosticCatalog.UnknownEnumMember, syntax.Span, Shorten(literal.Value), key, hint);
        return null;
    }
}
