using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>
/// An unquoted value: a number, size, duration, IP address, boolean or enumeration member.
/// </summary>
/// <remarks>The binder decides which, from the type the key expects.</remarks>
/// <param name="Text">The characters as written.</param>
/// <param name="Span">Where the word is.</param>
public sealed record WordSyntax(string Text, TextSpan Span) : ValueSyntax(Span)
{
    /// <inheritdoc />
    public override string Display => "'" + Text + "'";
}
