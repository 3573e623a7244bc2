using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Mibc.Language.Syntax;
using Mibc.Language.Text;

namespace Mibc.Compiler.Policies;

/// <summary>A <c># mibc-disable-next-line RULE-ID: reason</c> comment in box.mib.</summary>
/// <param name="Rule">The rule id or name as written; empty when the comment names none.</param>
/// <param name="Reason">The reason after the colon; empty when missing.</param>
/// <param name="Location">The comment.</param>
/// <param name="TargetLine">The one-based line the suppression applies to: the line after the comment.</param>
public sealed partial record Suppression(string Rule, string Reason, SourceSpan Location, int TargetLine)
{
    /// <summary>Finds the suppression comments of a file.</summary>
    public static ImmutableArray<Suppression> Find(SourceText source, ImmutableArray<CommentSyntax> comments) =>
    [
        .. comments
            .Select(comment => (Comment: comment, Match: Directive().Match(comment.Text)))
            .Where(pair => pair.Match.Success)
            .Select(pair =>
            {
                var location = source.GetSpan(pair.Comment.Span);
                return new Suppression(
                    pair.Match.Groups["rule"].Value,
                    pair.Match.Groups["reason"].Value.Trim(),
                    location,
                    location.StartLine + 1);
            }),
    ];

    [GeneratedRegex(@"^\s*mibc-disable-next-line(?![\w-])\s*(?<rule>[A-Za-z0-9][A-Za-z0-9_-]*)?\s*(:(?<reason>.*))?$")]
    private static partial Regex Directive();
}
