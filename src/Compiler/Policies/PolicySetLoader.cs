using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Mibc.Compiler.Policies.Compilation;
using Mibc.Language.Diagnostics;
using Mibc.Language.Text;

namespace Mibc.Compiler.Policies;

/// <summary>Loads a pack set's rules: from the disk cache when the key matches, otherwise by compiling with Roslyn.</summary>
public static class PolicySetLoader
{
    // NOTE: each compiled set is loaded once per process. Its load context is not collectible, so loading
    // the same bytes again would only add a second copy of every rule type.
    private static readonly ConcurrentDictionary<string, Lazy<Assembly?>> LoadedAssemblies = new();

    /// <summary>Loads the rules of <paramref name="packs"/>, using and filling <paramref name="cache"/>.</summary>
    /// <param name="packs">The packs, the built-in one first.</param>
    /// <param name="cache">The disk cache, or null to always compile.</param>
    public static LoadedPolicySet Load(IReadOnlyList<PolicyPack> packs, PolicyCache? cache)
    {
        var key = PolicyCache.ComputeKey(packs);
        var compiled = cache?.TryRead(key);
        var fromCache = compiled is not null;
        if (compiled is null)
        {
            compiled = CompileWithRoslyn(packs, AssemblyNameFor(key));
            cache?.TryWrite(key, compiled);
        }

        var assembly = compiled.Assembly.Length == 0
            ? null
            : LoadedAssemblies.GetOrAdd(key, _ => new Lazy<Assembly?>(() => LoadAssembly(key, compiled))).Value;
        var rules = compiled.Rules
            .OrderBy(rule => rule.Location.Pack)
            .ThenBy(rule => rule.Id, StringComparer.Ordinal)
            .Select(rule => new LoadedRule(ToInfo(rule, packs), ResolveType(assembly, rule)))
            .ToImmutableArray();
        var diagnostics = compiled.Diagnostics
            .Select(record => new Diagnostic(record.Code, record.Severity, record.Message, Locate(record.Location, packs)))
            .ToImmutableArray();
        return new LoadedPolicySet([.. packs], rules, diagnostics, fromCache);
    }

    /// <summary>Converts a cached location to a span in the pack file's text.</summary>
    internal static SourceSpan Locate(FileLocation location, IReadOnlyList<PolicyPack> packs)
    {
        var text = packs[location.Pack].Files[location.File].Text;
        return text.GetSpan(new TextSpan(location.Start, location.Length));
    }

    /// <summary>
    /// Returns the path a file has inside the compiled set, such as <c>1/QuotaCeiling.cs</c>. It does not depend on
    /// the working directory, so a cached PDB still leads stack traces to the right pack file.
    /// </summary>
    internal static string TreePath(int packIndex, PolicyFile file) => $"{packIndex}/{file.RelativePath}";

    /// <summary>Finds the pack file a tree path names; null for a path of another form.</summary>
    internal static (int Pack, PolicyFile File)? FindTree(string? treePath, IReadOnlyList<PolicyPack> packs)
    {
        var slash = treePath?.IndexOf('/') ?? -1;
        if (slash <= 0 || !int.TryParse(treePath![..slash], out var pack) || pack < 0 || pack >= packs.Count)
        {
            return null;
        }

        var file = packs[pack].Files.FirstOrDefault(candidate => candidate.RelativePath == treePath[(slash + 1)..]);
        return file is null ? null : (pack, file);
    }

    /// <summary>The assembly name of a compiled set.</summary>
    internal static string AssemblyNameFor(string key) => "mibc-policies-" + key[..16];

    // NOTE: kept out of line, so the JIT loads Roslyn's assemblies only when this method runs, which is on a cache miss.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CompiledPolicySet CompileWithRoslyn(IReadOnlyList<PolicyPack> packs, string assemblyName) =>
        PolicyCompiler.Compile(packs, assemblyName);

    private static Assembly LoadAssembly(string key, CompiledPolicySet compiled)
    {
        // The context resolves nothing itself, so the policy assembly binds to the mibc and Mibc.Language
        // assemblies already loaded, and its rules derive from the same PolicyRule type the host uses.
        var context = new AssemblyLoadContext(AssemblyNameFor(key));
        using var image = new MemoryStream(compiled.Assembly);
        using var symbols = new MemoryStream(compiled.Pdb);
        return context.LoadFromStream(image, symbols);
    }

    private static Type ResolveType(Assembly? assembly, RuleRecord rule) =>
        assembly?.GetType(rule.TypeName, throwOnError: false)
        ?? throw new InvalidDataException($"The compiled policy set has no class '{rule.TypeName}' for rule {rule.Id}; delete the policy cache directory.");

    private static PolicyRuleInfo ToInfo(RuleRecord rule, IReadOnlyList<PolicyPack> packs) => new(
        rule.Id, rule.Name, rule.Level, rule.Category, rule.Summary, rule.Help, packs[rule.Location.Pack].Name, Locate(rule.Location, packs));
}
