using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;
using Mibc.Language.Diagnostics;
using Mibc.Language.Syntax;
using Mibc.Language.Text;

namespace Mibc.Language.Parsing;

/// <summary>
/// Reads box.mib files into syntax trees.
/// </summary>
public static class MibParser
{
    /// <summary>The largest file mibc reads, in bytes. A box with thousands of users stays far below it.</summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    /// <summary>Decodes a file's bytes as UTF-8 and parses them.</summary>
    /// <param name="path">The path shown in diagnostics.</param>
    /// <param name="bytes">The file's content; a UTF-8 byte order mark is skipped.</param>
    public static ParseResult ParseBytes(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxFileBytes)
        {
            var empty = new SourceText(path, string.Empty);
            var tooLarge = DiagnosticCatalog.FileTooLarge.Create(empty.GetSpan(default), MaxFileBytes);
            return new ParseResult(empty, EmptyFile(), [tooLarge]);
        }

        var body = bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes;
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done)
        {
            return Parse(new SourceText(path, new string(chars, 0, charsWritten)));
        }

        // The valid prefix gives the line and column of the first bad byte.
        var prefix = new SourceText(path, new string(chars, 0, charsWritten));
        var offset = bytesRead + (bytes.Length - body.Length);
        var location = prefix.GetSpan(new TextSpan(charsWritten, 0));
        var invalid = DiagnosticCatalog.InvalidEncoding.Create(location, body[bytesRead].ToString("X2"), offset);
        return new ParseResult(prefix, EmptyFile(), [invalid]);
    }

    /// <summary>Parses already decoded text.</summary>
    public static ParseResult Parse(SourceText source)
    {
        var input = new SourceInput(source.Text, 0);
        var file = MibGrammar.File(input).Value with { Comments = CommentScanner.Scan(source.Text) };

        var diagnostics = file.DescendantsAndSelf()
            .SelectMany(node => node.Errors)
            .OrderBy(error => error.Span.Start)
            .Select(error => error.Descriptor.Create(source.GetSpan(error.Span), error.Arguments))
            .ToImmutableArray();

        return new ParseResult(source, file, diagnostics);
    }

    private static FileSyntax EmptyFile() => new([], [], default);
}
