using System.Collections.Immutable;
using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>A one-line <c>keyword "name" TYPE data...</c> statement, used by DNS <c>record</c>s.</summary>
/// <param name="Keyword">The statement keyword.</param>
/// <param name="Name">The owner name, relative to the enclosing domain.</param>
/// <param name="Type">The record type, such as <c>MX</c>.</param>
/// <param name="Data">The record data values, up to the end of the line.</param>
/// <param name="Span">Where the statement is.</param>
public sealed record RecordSyntax(
    IdentifierSyntax Keyword,
    StringLiteralSyntax Name,
    IdentifierSyntax Type,
    ImmutableArray<ValueSyntax> Data,
    TextSpan Span) : EntrySyntax(Span);
