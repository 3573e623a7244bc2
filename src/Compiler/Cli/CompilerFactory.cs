using Mibc.Compiler.Dns;
using Mibc.Compiler.Pipeline;
using Mibc.Compiler.Policies;

namespace Mibc.Compiler.Cli;

/// <summary>Creates the compiler with every analyzer this build of mibc has.</summary>
internal static class CompilerFactory
{
    public static BoxCompiler Create(CompilationOptions options) =>
        new(options, [CreatePolicyHost(options), new DnsAnalyzer(), new TargetValueAnalyzer()]);

    /// <summary>Creates the policy host with the command line's pack directories and the default cache.</summary>
    public static PolicyHost CreatePolicyHost(CompilationOptions options) =>
        new(PolicyHostOptions.Default(options.PolicyDirectories));
}
