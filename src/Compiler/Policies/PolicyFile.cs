using Mibc.Language.Text;

namespace Mibc.Compiler.Policies;

/// <summary>One C# source file of a policy pack.</summary>
/// <param name="RelativePath">The path inside the pack, with '/' separators; part of the cache key.</param>
/// <param name="Text">The file's text; its path is the one diagnostics show.</param>
public sealed record PolicyFile(string RelativePath, SourceText Text);
