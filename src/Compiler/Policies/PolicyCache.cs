using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mibc.Compiler.Policies;

/// <summary>
/// Compiled pack sets on disk, one directory per key: the assembly, its PDB and a manifest of rules and diagnostics.
/// </summary>
/// <remarks>
/// NOTE: nothing here may touch a Roslyn type, or a cache hit would load Roslyn. The compiler version comes from
/// mibc's assembly references, which names the Roslyn version without loading it.
/// </remarks>
/// <param name="directory">The cache directory, such as <c>~/.cache/mibc/policies</c>.</param>
public sealed class PolicyCache(string directory)
{
    private const int Format = 1;
    private const string ManifestFile = "manifest.json";
    private const string AssemblyFile = "policies.dll";
    private const string PdbFile = "policies.pdb";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        WriteIndented = true,
    };

    /// <summary>The cache directory.</summary>
    public string Directory { get; } = directory;

    /// <summary>
    /// Returns the default directory: <c>$MIBC_CACHE_DIR/policies</c> when that variable is set, otherwise
    /// <c>$XDG_CACHE_HOME/mibc/policies</c>, otherwise <c>~/.cache/mibc/policies</c>.
    /// </summary>
    public static string DefaultDirectory()
    {
        var root = Environment.GetEnvironmentVariable("MIBC_CACHE_DIR");
        if (!string.IsNullOrEmpty(root))
        {
            return Path.Combine(root, "policies");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var cacheHome = !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cacheHome, "mibc", "policies");
    }

    /// <summary>
    /// Computes the key of a pack set: SHA-256 over the sources, the referenced assemblies' identities, the
    /// compiler's version and options, and this mibc build.
    /// </summary>
    public static string ComputeKey(IReadOnlyList<PolicyPack> packs)
    {
        var text = new StringBuilder();
        text.Append("mibc-policy-cache ").Append(Format).Append('\n');
        text.Append("mibc ").Append(typeof(PolicyCache).Module.ModuleVersionId).Append('\n');
        text.Append("roslyn ").Append(PolicyCompilerIdentity.RoslynVersion).Append('\n');
        text.Append("options ").Append(PolicyCompilerIdentity.Options).Append('\n');
        foreach (var reference in PolicyReferences.Identities())
        {
            text.Append("reference ").Append(reference).Append('\n');
        }

        for (var index = 0; index < packs.Count; index++)
        {
            var pack = packs[index];
            text.Append("pack ").Append(index).Append(' ').Append(pack.IsBuiltIn).Append(' ').Append(pack.Name).Append('\n');
            foreach (var file in pack.Files)
            {
                var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file.Text.Text)));
                text.Append("file ").Append(file.RelativePath).Append(' ').Append(hash).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Reads the entry for a key; null when there is none or it cannot be read.</summary>
    internal CompiledPolicySet? TryRead(string key)
    {
        var entry = Path.Combine(Directory, key);
        try
        {
            var manifest = JsonSerializer.Deserialize<CacheManifest>(File.ReadAllText(Path.Combine(entry, ManifestFile)), JsonOptions);
            if (manifest is null || manifest.Format != Format)
            {
                return null;
            }

            return new CompiledPolicySet(
                File.ReadAllBytes(Path.Combine(entry, AssemblyFile)),
                File.ReadAllBytes(Path.Combine(entry, PdbFile)),
                manifest.Rules,
                manifest.Diagnostics);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            // A missing, partial or foreign entry is a miss; it is removed so the compile that follows can write a good one.
            TryDelete(entry);
            return null;
        }
    }

    /// <summary>Writes the entry for a key atomically; a failure leaves the cache as it was.</summary>
    /// <returns>Whether the entry was written.</returns>
    internal bool TryWrite(string key, CompiledPolicySet set)
    {
        var entry = Path.Combine(Directory, key);
        var temporary = Path.Combine(Directory, $".{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            System.IO.Directory.CreateDirectory(temporary);
            File.WriteAllBytes(Path.Combine(temporary, AssemblyFile), set.Assembly);
            File.WriteAllBytes(Path.Combine(temporary, PdbFile), set.Pdb);
            var manifest = new CacheManifest(Format, set.Rules, set.Diagnostics);
            File.WriteAllText(Path.Combine(temporary, ManifestFile), JsonSerializer.Serialize(manifest, JsonOptions));
            // NOTE: when another process wrote the same key first, the move fails and this copy is dropped.
            // Both compiled the same sources with the same compiler, so either copy serves.
            System.IO.Directory.Move(temporary, entry);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // NOTE: an unwritable cache only costs the next run a compile, so it never fails a check.
            TryDelete(temporary);
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Left for the next successful write of the same key to replace.
        }
    }

    private sealed record CacheManifest(int Format, ImmutableArray<RuleRecord> Rules, ImmutableArray<DiagnosticRecord> Diagnostics);
}
