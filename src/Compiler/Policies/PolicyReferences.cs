using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Mibc.Compiler.Policies;

/// <summary>The assemblies policies compile against, and their identities for the cache key.</summary>
/// <remarks>
/// NOTE: this class must not touch Roslyn, so a cache hit never loads it. Assemblies that only hold forbidden
/// APIs (console, processes, HTTP, threads) are referenced too, so a policy that uses them gets the sandbox's
/// error naming the API instead of an unknown-name error.
/// </remarks>
internal static class PolicyReferences
{
    private static readonly string[] FrameworkAssemblies =
    [
        "System.Runtime.dll",
        "System.Collections.dll",
        "System.Collections.Concurrent.dll",
        "System.Collections.Immutable.dll",
        "System.Linq.dll",
        "System.Linq.Expressions.dll",
        "System.Linq.Parallel.dll",
        "System.Linq.Queryable.dll",
        "System.Text.RegularExpressions.dll",
        "System.Console.dll",
        "System.ComponentModel.Primitives.dll",
        "System.Diagnostics.Process.dll",
        "System.Net.Http.dll",
        "System.Net.Primitives.dll",
        "System.Threading.dll",
        "System.Threading.Thread.dll",
        "System.Runtime.InteropServices.dll",
    ];

    private static readonly Lazy<ImmutableArray<string>> LazyPaths = new(() =>
    {
        var coreLibrary = typeof(object).Assembly.Location;
        var frameworkDirectory = Path.GetDirectoryName(coreLibrary)!;
        return
        [
            coreLibrary,
            .. FrameworkAssemblies.Select(name => Path.Combine(frameworkDirectory, name)),
            typeof(BoxModel).Assembly.Location,
            typeof(PolicyRule).Assembly.Location,
        ];
    });

    private static readonly Lazy<ImmutableArray<string>> LazyIdentities = new(() => [.. Paths.Select(Identity)]);

    /// <summary>The paths of the referenced assembly files.</summary>
    public static ImmutableArray<string> Paths => LazyPaths.Value;

    /// <summary>Returns one line per reference: file name, assembly version and module version id.</summary>
    /// <remarks>
    /// The module version id changes whenever the assembly's content does, even at the same version. The lines
    /// are read once per process, as the language server checks on every edit.
    /// </remarks>
    public static ImmutableArray<string> Identities() => LazyIdentities.Value;

    private static string Identity(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        var definition = metadata.GetAssemblyDefinition();
        var mvid = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        return $"{Path.GetFileName(path)} {definition.Version} {mvid}";
    }
}
