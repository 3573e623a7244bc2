using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Mibc.Language.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Mibc.Compiler.Policies.Compilation;

/// <summary>
/// Compiles a pack set with Roslyn into one assembly: compile errors and sandbox violations drop the pack
/// they are in, the other packs compile without it, and every body gets budget checks before emit.
/// </summary>
internal static class PolicyCompiler
{
    // NOTE: PolicyCompilerIdentity.Options describes these settings for the cache key; change both together.
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp14, DocumentationMode.None);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        // Unoptimized code keeps exact IL-to-line maps, so a rule's exception points at the line that threw.
        optimizationLevel: OptimizationLevel.Debug,
        allowUnsafe: false,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true,
        concurrentBuild: false);

    /// <summary>Compiles the packs into an assembly named <paramref name="assemblyName"/>.</summary>
    public static CompiledPolicySet Compile(IReadOnlyList<PolicyPack> packs, string assemblyName)
    {
        var trees = packs
            .SelectMany((pack, packIndex) => pack.Files.Select((file, fileIndex) => new PolicyTree(
                CSharpSyntaxTree.ParseText(Microsoft.CodeAnalysis.Text.SourceText.From(file.Text.Text, Encoding.UTF8), ParseOptions, PolicySetLoader.TreePath(packIndex, file)),
                packIndex,
                fileIndex)))
            .ToImmutableArray();
        var references = PolicyReferences.Paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
        var diagnostics = new List<DiagnosticRecord>();
        var dropped = new HashSet<int>();

        // Each round drops at least one pack or ends, so there are at most as many rounds as packs.
        for (var round = 0; round <= packs.Count; round++)
        {
            var active = trees.Where(tree => !dropped.Contains(tree.Pack)).ToImmutableArray();
            if (active.IsEmpty)
            {
                break;
            }

            var compilation = CSharpCompilation.Create(assemblyName, active.Select(tree => tree.Tree), references, CompilationOptions);
            var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == RoslynSeverity.Error).ToImmutableArray();
            var broken = Report(errors, active, packs, diagnostics, afterInstrumenting: false);

            // A file that compiles gets its sandbox check even when another file of its pack does not, so one
            // run reports both kinds of problem.
            var filesWithErrors = errors.Select(error => error.Location.SourceTree).ToHashSet();
            foreach (var tree in active.Where(tree => !filesWithErrors.Contains(tree.Tree)))
            {
                foreach (var violation in PolicySandbox.Check(compilation.GetSemanticModel(tree.Tree)))
                {
                    diagnostics.Add(DiagnosticRecord.Create(violation.Descriptor, tree.Locate(violation.Span), violation.What, violation.Reason, packs[tree.Pack].Name));
                    broken.Add(tree.Pack);
                }
            }

            if (broken.Count > 0)
            {
                dropped.UnionWith(broken);
                continue;
            }

            var (rules, metadataDiagnostics) = new RuleMetadataReader(compilation, packs).Read(active);
            var instrumented = Instrument(compilation, active);
            using var assembly = new MemoryStream();
            using var pdb = new MemoryStream();
            var emit = instrumented.Emit(assembly, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
            if (!emit.Success)
            {
                dropped.UnionWith(Report(emit.Diagnostics, active, packs, diagnostics, afterInstrumenting: true));
                continue;
            }

            diagnostics.AddRange(metadataDiagnostics);
            return new CompiledPolicySet(assembly.ToArray(), pdb.ToArray(), rules, [.. diagnostics]);
        }

        return new CompiledPolicySet([], [], [], [.. diagnostics]);
    }

    private static CSharpCompilation Instrument(CSharpCompilation compilation, ImmutableArray<PolicyTree> trees)
    {
        var instrumented = compilation;
        foreach (var tree in trees)
        {
            var root = new BudgetInstrumenter(compilation.GetSemanticModel(tree.Tree)).Visit(tree.Tree.GetRoot())!;
            instrumented = instrumented.ReplaceSyntaxTree(tree.Tree, CSharpSyntaxTree.Create((CSharpSyntaxNode)root, ParseOptions, tree.Tree.FilePath, Encoding.UTF8));
        }

        return instrumented;
    }

    /// <summary>Records the errors among Roslyn's diagnostics and returns the packs they are in.</summary>
    private static HashSet<int> Report(
        ImmutableArray<RoslynDiagnostic> roslynDiagnostics,
        ImmutableArray<PolicyTree> active,
        IReadOnlyList<PolicyPack> packs,
        List<DiagnosticRecord> diagnostics,
        bool afterInstrumenting)
    {
        var broken = new HashSet<int>();
        foreach (var error in roslynDiagnostics.Where(diagnostic => diagnostic.Severity == RoslynSeverity.Error))
        {
            // NOTE: an error without a place in a file, such as a missing reference, belongs to no one pack.
            // It is put on the first active file, so it is still reported and that pack is dropped.
            var tree = active.FirstOrDefault(candidate => candidate.Tree == error.Location.SourceTree) ?? active[0];
            var span = error.Location.SourceTree == tree.Tree ? error.Location.SourceSpan : default;
            var message = error.GetMessage(CultureInfo.InvariantCulture).TrimEnd('.');
            if (afterInstrumenting)
            {
                message = "after mibc inserted its budget checks, " + message + " (a mibc limitation: rewrite this construct)";
            }

            diagnostics.Add(DiagnosticRecord.Create(DiagnosticCatalog.PolicyCompileError, tree.Locate(span), error.Id, message, packs[tree.Pack].Name));
            broken.Add(tree.Pack);
        }

        return broken;
    }
}
