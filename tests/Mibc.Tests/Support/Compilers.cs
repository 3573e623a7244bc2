using Mibc.Compiler.Cli;
using Mibc.Compiler.Pipeline;
using Mibc.Language.Diagnostics;

namespace Mibc.Tests.Support;

/// <summary>Compiler instances and output helpers shared by tests.</summary>
public static class Compilers
{
    /// <summary>Creates the compiler exactly as the mibc tool does, analyzers included.</summary>
    public static BoxCompiler Create(CompilationOptions? options = null) => CompilerFactory.Create(options ?? new CompilationOptions());

    /// <summary>Checks text as a file named <paramref name="path"/>.</summary>
    public static CompilationResult CheckText(string text, string path = "box.mib") => Create().CheckText(path, text);

    /// <summary>Formats every diagnostic as the tool prints it, with the source line and caret.</summary>
    public static string Render(CompilationResult result) => string.Join(
        "\n",
        result.Diagnostics.Select(diagnostic =>
        {
            result.Sources.TryGetValue(diagnostic.Location.Path, out var source);
            return DiagnosticFormatter.Format(diagnostic, source);
        }));
}
