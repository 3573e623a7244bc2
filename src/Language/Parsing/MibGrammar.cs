using System.Collections.Immutable;
using System.Text;
using Mibc.Language.Diagnostics;
using Mibc.Language.Syntax;
using Mibc.Language.Text;
using Sprache;
using static Mibc.Language.Parsing.CharacterClasses;

namespace Mibc.Language.Parsing;

/// <summary>
/// The box.mib grammar as Sprache parsers.
/// </summary>
/// <remarks>
/// <code>
/// file     = entry* ;
/// entry    = name "=" value                      (* property *)
///          | name string? "{" entry* "}"         (* block *)
///          | name string "->" value              (* alias *)
///          | name string name value*  NEWLINE    (* record, one line *)
/// value    = string | word | "[" (value ("," value)* ","?)? "]" ;
/// </code>
/// Tokens are separated by white space and <c>#</c> comments. Blocks and the file recover from an
/// error at the next line or closing brace, so one run reports every independent mistake.
/// </remarks>
internal static class MibGrammar
{
    /// <summary>How deep blocks and lists may nest; deeper input is an error, never a stack overflow.</summary>
    public const int MaxDepth = 32;

    // NOTE: static parsers are built in declaration order, so a parser is declared before any that uses it.
    private static readonly Parser<string> MinusBeforeDigit = input =>
        !input.AtEnd && input.Current == '-' && input.Position + 1 < input.Source.Length && char.IsAsciiDigit(input.Source[input.Position + 1])
            ? Result.Success("-", input.Advance())
            : Result.Success(string.Empty, input);

    private static readonly Parser<IdentifierSyntax> Identifier =
        (from first in Parse.Char(IsIdentifierStart, "name")
         from rest in Parse.Char(IsIdentifierPart, "name").Many().Text()
         select first + rest)
        .Spanned()
        .Select(token => new IdentifierSyntax(token.Value, token.Span))
        .Named("name");

    // A leading '-' is read only before a digit, so "-1" reaches the type check as a number out of range.
    private static readonly Parser<ValueSyntax> Word =
        (from sign in MinusBeforeDigit
         from first in Parse.Char(IsWordStart, "value")
         from rest in Parse.Char(IsWordPart, "value").Many().Text()
         select sign + first + rest)
        .Spanned()
        .Select(token => (ValueSyntax)new WordSyntax(token.Value, token.Span));

    private static readonly Parser<StringLiteralSyntax> StringLiteral = ReadString;

    private static readonly Parser<ValueSyntax>[] Values = new Parser<ValueSyntax>[MaxDepth + 2];

    private static readonly Parser<EntrySyntax>[] Entries = new Parser<EntrySyntax>[MaxDepth + 2];

    /// <summary>The parser of a whole file.</summary>
    public static Parser<FileSyntax> File { get; } = ReadFile;

    /// <summary>Returns the position after any white space and comments at <paramref name="input"/>.</summary>
    public static IInput SkipTrivia(IInput input)
    {
        var source = input.Source;
        var position = input.Position;
        while (position < source.Length)
        {
            var c = source[position];
            if (IsTrivia(c))
            {
                position++;
            }
            else if (c == '#')
            {
                while (position < source.Length && source[position] != '\n')
                {
                    position++;
                }
            }
            else
            {
                break;
            }
        }

        return position == input.Position ? input : new SourceInput(source, position);
    }

    private static Parser<T> Token<T>(Parser<T> parser) => input => parser(SkipTrivia(input));

    private static Parser<ValueSyntax> Value(int depth) => Values[Math.Min(depth, MaxDepth + 1)] ??=
        StringLiteral.Select(literal => (ValueSyntax)literal)
            .XOr(List(depth))
            .XOr(Word)
            .Named("value");

    private static Parser<EntrySyntax> Entry(int depth) => Entries[Math.Min(depth, MaxDepth + 1)] ??=
        from key in Identifier
        from rest in Token(PropertyRest(key, depth)
            .XOr(BlockRest(key, null, depth))
            .XOr(LabeledRest(key, depth)))
        select rest;

    private static Parser<EntrySyntax> PropertyRest(IdentifierSyntax key, int depth) =>
        from assign in Parse.Char('=').Named("'='")
        from value in Token(Value(depth))
        from joined in JoinSplitUnit(value)
        select (EntrySyntax)new PropertySyntax(key, joined, TextSpan.FromBounds(key.Span.Start, joined.Span.End));

    /// <summary>
    /// Joins a number and a unit written apart, as in <c>quota = 10 GB</c>, into one value with an error,
    /// so the unit is not read as the next key.
    /// </summary>
    private static Parser<ValueSyntax> JoinSplitUnit(ValueSyntax value) => input =>
    {
        if (value is not WordSyntax number || !number.Text.All(char.IsAsciiDigit))
        {
            return Result.Success(value, input);
        }

        var source = input.Source;
        var position = input.Position;
        while (position < source.Length && source[position] is ' ' or '\t')
        {
            position++;
        }

        var end = position;
        while (end < source.Length && char.IsAsciiLetter(source[end]))
        {
            end++;
        }

        var unit = source[position..end];
        var isUnit = unit is "B" or "KB" or "MB" or "GB" or "TB" or "s" or "m" or "h" or "d"
            && (end == source.Length || !IsWordPart(source[end]))
            && position > input.Position;
        if (!isUnit)
        {
            return Result.Success(value, input);
        }

        var error = new SyntaxError(
            DiagnosticCatalog.UnexpectedToken, TextSpan.FromBounds(position, end), $"'{unit}'", $"the unit joined to the number, as in {number.Text}{unit}");
        var joined = new WordSyntax(number.Text + unit, TextSpan.FromBounds(number.Span.Start, end)) { Errors = [error] };
        return Result.Success<ValueSyntax>(joined, new SourceInput(source, end));
    };

    private static Parser<EntrySyntax> LabeledRest(IdentifierSyntax key, int depth) =>
        from label in StringLiteral.Named("a name in quotes")
        from rest in Token(BlockRest(key, label, depth)
            .XOr(AliasRest(key, label, depth))
            .XOr(RecordRest(key, label, depth)))
        select rest;

    private static Parser<EntrySyntax> AliasRest(IdentifierSyntax key, StringLiteralSyntax address, int depth) =>
        from arrow in Parse.String("->").Text().Named("'->'")
        from targets in Token(Value(depth))
        select (EntrySyntax)new AliasSyntax(key, address, targets, TextSpan.FromBounds(key.Span.Start, targets.Span.End));

    private static Parser<EntrySyntax> RecordRest(IdentifierSyntax key, StringLiteralSyntax name, int depth) =>
        from type in Identifier.Named("record type")
        from data in RecordData(depth)
        select (EntrySyntax)new RecordSyntax(
            key, name, type, data, TextSpan.FromBounds(key.Span.Start, data.IsEmpty ? type.Span.End : data[^1].Span.End));

    // Record data runs to the end of the line, so it skips only blanks between values.
    private static Parser<ImmutableArray<ValueSyntax>> RecordData(int depth) => input =>
    {
        var data = ImmutableArray.CreateBuilder<ValueSyntax>();
        var position = input;
        while (true)
        {
            while (!position.AtEnd && position.Current is ' ' or '\t')
            {
                position = position.Advance();
            }

            if (position.AtEnd || position.Current is '\r' or '\n' or '#' or '}')
            {
                return Result.Success(data.ToImmutable(), position);
            }

            var value = Value(depth)(position);
            if (!value.WasSuccessful)
            {
                return Result.Failure<ImmutableArray<ValueSyntax>>(value.Remainder, value.Message, value.Expectations);
            }

            data.Add(value.Value);
            position = value.Remainder;
        }
    };

    private static Parser<EntrySyntax> BlockRest(IdentifierSyntax key, StringLiteralSyntax? label, int depth) => input =>
    {
        if (input.AtEnd || input.Current != '{')
        {
            return Result.Failure<EntrySyntax>(input, "expected '{'", ["'{'"]);
        }

        if (depth >= MaxDepth)
        {
            var end = SkipBalanced(input, '{', '}');
            var span = TextSpan.FromBounds(key.Span.Start, end.Position);
            var error = new SyntaxError(DiagnosticCatalog.NestingTooDeep, new TextSpan(input.Position, 1), MaxDepth);
            return Result.Success<EntrySyntax>(new ErrorEntrySyntax(span) { Errors = [error] }, end);
        }

        var (entries, remainder, closed) = ReadEntries(input.Advance(), depth + 1, topLevel: false);
        var block = new BlockSyntax(key, label, entries, TextSpan.FromBounds(key.Span.Start, remainder.Position));
        if (!closed)
        {
            var opening = label is null ? key.Span : key.Span.Union(label.Span);
            block = block with { Errors = [new SyntaxError(DiagnosticCatalog.UnclosedBlock, opening, key.Name)] };
        }

        return Result.Success<EntrySyntax>(block, remainder);
    };

    private static Parser<ValueSyntax> List(int depth) => input =>
    {
        if (input.AtEnd || input.Current != '[')
        {
            return Result.Failure<ValueSyntax>(input, "expected '['", ["'['"]);
        }

        if (depth >= MaxDepth)
        {
            var end = SkipBalanced(input, '[', ']');
            var error = new SyntaxError(DiagnosticCatalog.NestingTooDeep, new TextSpan(input.Position, 1), MaxDepth);
            return Result.Success<ValueSyntax>(
                new ListSyntax([], TextSpan.FromBounds(input.Position, end.Position)) { Errors = [error] }, end);
        }

        var items = ImmutableArray.CreateBuilder<ValueSyntax>();
        var position = SkipTrivia(input.Advance());
        while (true)
        {
            if (!position.AtEnd && position.Current == ']')
            {
                var span = TextSpan.FromBounds(input.Position, position.Position + 1);
                return Result.Success<ValueSyntax>(new ListSyntax(items.ToImmutable(), span), position.Advance());
            }

            var item = Value(depth + 1)(position);
            if (!item.WasSuccessful)
            {
                var expected = items.Count == 0 ? new[] { "value", "']'" } : ["value"];
                return Result.Failure<ValueSyntax>(item.Remainder, item.Message, item.Remainder.Equals(position) ? expected : item.Expectations);
            }

            items.Add(item.Value);
            position = SkipTrivia(item.Remainder);
            if (!position.AtEnd && position.Current == ',')
            {
                position = SkipTrivia(position.Advance());
            }
            else if (position.AtEnd || position.Current != ']')
            {
                return Result.Failure<ValueSyntax>(position, "expected ',' or ']'", ["','", "']'"]);
            }
        }
    };

    private static IResult<FileSyntax> ReadFile(IInput input)
    {
        var (entries, remainder, _) = ReadEntries(input, depth: 0, topLevel: true);
        var file = new FileSyntax(entries, [], TextSpan.FromBounds(0, input.Source.Length));
        return Result.Success(file, remainder);
    }

    /// <summary>
    /// Reads entries up to a closing brace, or to the end of the file at the top level, recovering from errors.
    /// </summary>
    private static (ImmutableArray<EntrySyntax> Entries, IInput Remainder, bool Closed) ReadEntries(
        IInput input, int depth, bool topLevel)
    {
        var entries = ImmutableArray.CreateBuilder<EntrySyntax>();
        var position = input;
        while (true)
        {
            position = SkipTrivia(position);
            if (position.AtEnd)
            {
                return (entries.ToImmutable(), position, topLevel);
            }

            if (position.Current == '}')
            {
                if (!topLevel)
                {
                    return (entries.ToImmutable(), position.Advance(), true);
                }

                var stray = new SyntaxError(
                    DiagnosticCatalog.UnexpectedToken, new TextSpan(position.Position, 1), "'}'", "a block such as box, domain, user, alias or policy");
                entries.Add(new ErrorEntrySyntax(new TextSpan(position.Position, 1)) { Errors = [stray] });
                position = position.Advance();
                continue;
            }

            var result = Entry(depth)(position);
            if (result.WasSuccessful)
            {
                entries.Add(result.Value);
                position = result.Remainder;
                continue;
            }

            var failedAt = result.Remainder;
            var expected = failedAt.Equals(position)
                ? (topLevel ? "a block such as box, domain, user, alias or policy" : "a key, a block or '}'")
                : FormatExpectations(result.Expectations);
            var error = CreateUnexpected(failedAt, expected);
            var resumeAt = Synchronize(failedAt);
            var key = Identifier(position);
            entries.Add(new ErrorEntrySyntax(TextSpan.FromBounds(position.Position, resumeAt.Position))
            {
                Key = key.WasSuccessful && !failedAt.Equals(position) ? key.Value : null,
                Errors = [error],
            });
            position = resumeAt;
        }
    }

    private static SyntaxError CreateUnexpected(IInput at, string expected)
    {
        if (!at.AtEnd && IsForbidden(at.Current))
        {
            return new SyntaxError(DiagnosticCatalog.InvalidCharacter, new TextSpan(at.Position, 1), Describe(at.Current));
        }

        var (found, length) = DescribeToken(at);
        if (!at.AtEnd && at.Current is '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB')
        {
            expected += "; write strings with straight double quotes (\")";
        }
        else if (!at.AtEnd && at.Current is '/' or '~' or '.' && expected.Contains("value", StringComparison.Ordinal))
        {
            expected += "; put paths and other text in double quotes";
        }

        return new SyntaxError(DiagnosticCatalog.UnexpectedToken, new TextSpan(at.Position, length), found, expected);
    }

    private static (string Found, int Length) DescribeToken(IInput at)
    {
        if (at.AtEnd)
        {
            return ("end of file", 0);
        }

        var source = at.Source;
        var start = at.Position;
        var c = source[start];
        if (c is '\r' or '\n')
        {
            return ("end of line", 1);
        }

        if (IsWordPart(c) || c is '/' or '~')
        {
            var end = start;
            while (end < source.Length && (IsWordPart(source[end]) || source[end] is '/' or '~') && end - start < 40)
            {
                end++;
            }

            return ($"'{source[start..end]}'", end - start);
        }

        if (c == '"')
        {
            var end = source.IndexOfAny(['"', '\n'], start + 1);
            end = end < 0 ? source.Length : Math.Min(end + 1, start + 40);
            return ($"string {source[start..end]}", end - start);
        }

        return (Describe(c), 1);
    }

    private static string FormatExpectations(IEnumerable<string> expectations)
    {
        var names = expectations.Distinct().ToList();
        return names.Count switch
        {
            0 => "a value",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1],
        };
    }

    /// <summary>
    /// Finds where reading resumes after an error: at the next line, or before a closing brace on this one.
    /// </summary>
    private static IInput Synchronize(IInput failedAt)
    {
        var source = failedAt.Source;
        var opened = 0;
        for (var position = failedAt.Position; position < source.Length; position++)
        {
            var c = source[position];
            if (c == '\n' && opened == 0)
            {
                return new SourceInput(source, position + 1);
            }

            if (c == '"')
            {
                position = SkipString(source, position) - 1;
            }
            else if (c == '#')
            {
                // A comment runs to the end of its line, so braces in it count for nothing.
                var lineEnd = source.IndexOf('\n', position);
                position = (lineEnd < 0 ? source.Length : lineEnd) - 1;
            }
            else if (c == '{')
            {
                // Braces opened in the skipped text are skipped with their content.
                opened++;
            }
            else if (c == '}' && --opened < 0)
            {
                // NOTE: the brace is left unread, so the enclosing block still closes at it.
                return new SourceInput(source, position);
            }
        }

        return new SourceInput(source, source.Length);
    }

    /// <summary>Skips from an opening bracket to just past its match, without recursion.</summary>
    private static IInput SkipBalanced(IInput input, char open, char close)
    {
        var source = input.Source;
        var depth = 0;
        for (var position = input.Position; position < source.Length; position++)
        {
            var c = source[position];
            if (c == '"')
            {
                position = SkipString(source, position) - 1;
            }
            else if (c == '#')
            {
                var lineEnd = source.IndexOf('\n', position);
                position = lineEnd < 0 ? source.Length : lineEnd;
            }
            else if (c == open)
            {
                depth++;
            }
            else if (c == close && --depth == 0)
            {
                return new SourceInput(source, position + 1);
            }
        }

        return new SourceInput(source, source.Length);
    }

    private static IResult<StringLiteralSyntax> ReadString(IInput input)
    {
        if (input.AtEnd || input.Current != '"')
        {
            return Result.Failure<StringLiteralSyntax>(input, "expected a string", ["string in quotes"]);
        }

        var source = input.Source;
        var start = input.Position;
        var position = start + 1;
        var value = new StringBuilder();
        var errors = ImmutableArray.CreateBuilder<SyntaxError>();
        while (true)
        {
            if (position >= source.Length || source[position] == '\n' || IsLineEnd(source, position))
            {
                var preview = source[start..Math.Min(position, start + 24)];
                errors.Add(new SyntaxError(DiagnosticCatalog.UnterminatedString, TextSpan.FromBounds(start, position), preview));

                // A brace at the end of the line most likely opens or closes a block, as in
                // `dkim { selector = "mail }` or `user "a@example.org {`, so it is left out of the string.
                var trimmed = source[start..position].TrimEnd();
                if (trimmed.Length > 1 && trimmed[^1] is '}' or '{')
                {
                    position = start + trimmed.Length - 1;
                    var kept = value.ToString().TrimEnd();
                    value.Clear().Append(kept[..^1].TrimEnd());
                }

                break;
            }

            var c = source[position];
            if (c == '"')
            {
                position++;
                break;
            }

            if (c == '\\')
            {
                var next = position + 1 < source.Length ? source[position + 1] : '\0';
                var decoded = next switch { '\\' => '\\', '"' => '"', 'n' => '\n', 't' => '\t', _ => (char?)null };
                if (decoded is { } escaped)
                {
                    value.Append(escaped);
                    position += 2;
                    continue;
                }

                var sequence = next is '\0' or '\n' or '\r' ? "\\" : "\\" + next;
                errors.Add(new SyntaxError(DiagnosticCatalog.InvalidEscape, new TextSpan(position, sequence.Length), sequence));
                position += sequence.Length;
                continue;
            }

            if (IsForbidden(c) && c != '\t')
            {
                errors.Add(new SyntaxError(DiagnosticCatalog.InvalidCharacter, new TextSpan(position, 1), Describe(c)));
            }
            else
            {
                value.Append(c);
            }

            position++;
        }

        var literal = new StringLiteralSyntax(value.ToString(), TextSpan.FromBounds(start, position)) { Errors = errors.ToImmutable() };
        return Result.Success(literal, new SourceInput(source, position));
    }

    private static bool IsLineEnd(string source, int position) =>
        source[position] == '\r' && position + 1 < source.Length && source[position + 1] == '\n';

    private static Parser<(T Value, TextSpan Span)> Spanned<T>(this Parser<T> parser) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success((result.Value, TextSpan.FromBounds(input.Position, result.Remainder.Position)), result.Remainder)
            : Result.Failure<(T, TextSpan)>(result.Remainder, result.Message, result.Expectations);
    };
}
