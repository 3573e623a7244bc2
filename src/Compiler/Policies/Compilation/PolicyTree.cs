using Microsoft.CodeAnalysis;

namespace Mibc.Compiler.Policies.Compilation;

/// <summary>A parsed policy file with the indexes that locate it in the pack set.</summary>
/// <param name="Tree">The syntax tree of the file as written.</param>
/// <param name="Pack">The index of the pack.</param>
/// <param name="File">The index of the file in the pack.</param>
internal sealed record PolicyTree(SyntaxTree Tree, int Pack, int File)
{
    /// <summary>Returns the cache form of a span in this file.</summary>
    public FileLocation Locate(Microsoft.CodeAnalysis.Text.TextSpan span) => new(Pack, File, span.Start, span.Length);
}
