using Mibc.Compiler.Pipeline;

namespace Mibc.Compiler.Cli;

/// <summary>Creates the compiler with every analyzer this build of mibc has.</summary>
internal static class CompilerFactory
{
    public static BoxCompiler Create(CompilationOptions options) => new(options, [new TargetValueAnalyzer()]);
}
