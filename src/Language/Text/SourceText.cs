namespace Mibc.Language.Text;

/// <summary>
/// The decoded text of one source file, with the offsets where its lines start.
/// </summary>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    /// <summary>Creates a source text from already decoded characters.</summary>
    /// <param name="path">The path shown in diagnostics.</param>
    /// <param name="text">The file's characters, without a byte order mark.</param>
    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path shown in diagnostics, as the user typed it.</summary>
    public string Path { get; }

    /// <summary>The file's characters.</summary>
    public string Text { get; }

    /// <summary>Number of lines; an empty file has one.</summary>
    public int LineCount => lineStarts.Length;

    /// <summary>Converts an offset to a one-based line and column.</summary>
    /// <remarks>A column counts UTF-16 code units, as MSBuild-style tools expect.</remarks>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - lineStarts[line] + 1);
    }

    /// <summary>Converts a one-based line and column to an offset, clamped to the text.</summary>
    public int GetOffset(int line, int column)
    {
        var index = Math.Clamp(line, 1, lineStarts.Length) - 1;
        var lineEnd = index + 1 < lineStarts.Length ? lineStarts[index + 1] : Text.Length;
        return Math.Clamp(lineStarts[index] + column - 1, lineStarts[index], lineEnd);
    }

    /// <summary>Returns the text of a one-based line without its line break.</summary>
    public string GetLineText(int line)
    {
        var start = lineStarts[line - 1];
        var end = line < lineStarts.Length ? lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }

    /// <summary>Creates the located form of a span in this text.</summary>
    public SourceSpan GetSpan(TextSpan span)
    {
        var (startLine, startColumn) = GetLineColumn(span.Start);
        var (endLine, endColumn) = GetLineColumn(span.End);
        return new SourceSpan(Path, span, startLine, startColumn, endLine, endColumn);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            // NOTE: '\n' and a '\r' not followed by '\n' end a line, so CRLF, LF and old Mac CR files
            // all count lines as editors do.
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
