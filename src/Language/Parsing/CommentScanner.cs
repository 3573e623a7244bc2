using System.Collections.Immutable;
using Mibc.Language.Syntax;
using Mibc.Language.Text;

namespace Mibc.Language.Parsing;

/// <summary>Finds the <c>#</c> comments of a file, skipping <c>#</c> inside strings.</summary>
internal static class CommentScanner
{
    public static ImmutableArray<CommentSyntax> Scan(string text)
    {
        var comments = ImmutableArray.CreateBuilder<CommentSyntax>();
        for (var position = 0; position < text.Length; position++)
        {
            var c = text[position];
            if (c == '"')
            {
                position = CharacterClasses.SkipString(text, position) - 1;
            }
            else if (c == '#')
            {
                var end = text.IndexOf('\n', position);
                end = end < 0 ? text.Length : end;
                var body = text[(position + 1)..end].TrimEnd('\r');
                comments.Add(new CommentSyntax(body, TextSpan.FromBounds(position, end)));
                position = end;
            }
        }

        return comments.ToImmutable();
    }
}
