namespace Mibc.Language.Text;

/// <summary>
/// A span with the file it belongs to and its one-based line and column bounds.
/// </summary>
/// <param name="Path">The file path shown in diagnostics.</param>
/// <param name="Span">Offsets in the file's text.</param>
/// <param name="StartLine">One-based line of the first character.</param>
/// <param name="StartColumn">One-based column of the first character.</param>
/// <param name="EndLine">One-based line just past the last character.</param>
/// <param name="EndColumn">One-based column just past the last character.</param>
public sealed record SourceSpan(string Path, TextSpan Span, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>A span for values that come from no file, such as built-in defaults.</summary>
    public static SourceSpan None { get; } = new(string.Empty, default, 0, 0, 0, 0);

    /// <summary>Whether the span points into a real file.</summary>
    public bool IsNone => StartLine == 0;

    /// <inheritdoc />
    public override string ToString() => IsNone ? "(no source)" : $"{Path}({StartLine},{StartColumn})";
}
