namespace Mibc.Compiler.Pipeline;

/// <summary>Settings for one compilation.</summary>
/// <param name="WarningsAsErrors">Whether warnings fail the build.</param>
/// <param name="PolicyDirectories">Extra policy pack directories given on the command line.</param>
public sealed record CompilationOptions(bool WarningsAsErrors = false, IReadOnlyList<string>? PolicyDirectories = null);
