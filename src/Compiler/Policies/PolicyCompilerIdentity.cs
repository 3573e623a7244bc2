namespace Mibc.Compiler.Policies;

/// <summary>What identifies the policy compiler in the cache key, readable without loading Roslyn.</summary>
internal static class PolicyCompilerIdentity
{
    /// <summary>
    /// The compiler settings of <c>Compilation.PolicyCompiler</c> and the version of its budget rewrite, as text.
    /// </summary>
    public const string Options = "csharp14 library debug safe nullable deterministic portable-pdb budget-v1";

    /// <summary>The version of the Roslyn assembly this mibc was built against, read from mibc's references.</summary>
    public static string RoslynVersion { get; } = typeof(PolicyCompilerIdentity).Assembly.GetReferencedAssemblies()
        .FirstOrDefault(name => name.Name == "Microsoft.CodeAnalysis.CSharp")?.Version?.ToString() ?? "unknown";
}
