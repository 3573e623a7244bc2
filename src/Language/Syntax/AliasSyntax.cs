using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>A <c>keyword "address" -&gt; targets</c> statement, used by <c>alias</c>.</summary>
/// <param name="Keyword">The statement keyword.</param>
/// <param name="Address">The forwarding address.</param>
/// <param name="Targets">One string or a list of strings.</param>
/// <param name="Span">Where the statement is.</param>
public sealed record AliasSyntax(
    IdentifierSyntax Keyword,
    StringLiteralSyntax Address,
    ValueSyntax Targets,
    TextSpan Span) : EntrySyntax(Span);
