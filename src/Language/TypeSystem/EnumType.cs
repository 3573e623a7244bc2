using System.Collections.Immutable;
using Mibc.Language.Diagnostics;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>One of a fixed set of unquoted words.</summary>
/// <param name="name">The type's name in the reference.</param>
/// <param name="members">The accepted words.</param>
public sealed class EnumType(string name, params EnumMember[] members) : MibType
{
    /// <summary>The accepted words, in documentation order.</summary>
    public ImmutableArray<EnumMember> Members { get; } = [.. members];

    /// <inheritdoc />
    public override string Name { get; } = name;

    /// <inheritdoc />
    public override string Expected => "one of " + Suggestions.JoinAlternatives(Members.Select(member => member.Word)) + ", without quotes";

    /// <summary>Creates an enumeration whose words map to the members of a C# enum.</summary>
    public static EnumType For<TEnum>(string name, params (string Word, TEnum Value, string Description)[] members)
        where TEnum : struct, Enum =>
        new(name, [.. members.Select(member => new EnumMember(member.Word, member.Value, member.Description))]);

    /// <summary>Returns the word for a model value.</summary>
    public string WordFor(object value) => Members.First(member => member.Value.Equals(value)).Word;

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        if (syntax is not WordSyntax word)
        {
            return Mismatch(syntax, context, key);
        }

        var member = Members.FirstOrDefault(candidate => candidate.Word == word.Text);
        if (member is not null)
        {
            return member.Value;
        }

        var hint = Suggestions.DidYouMean(word.Text, Members.Select(candidate => candidate.Word));
        context.Report(DiagnosticCatalog.UnknownEnumMember, syntax.Span, Shorten(word.Text), key, hint);
        return null;
    }
}
