using System.Collections.Immutable;
using Mibc.Language.Diagnostics;

namespace Mibc.Compiler.Policies;

/// <summary>The rules of a pack set, loaded from the cache or freshly compiled, and the diagnostics about the packs.</summary>
/// <param name="Packs">The packs, the built-in one first.</param>
/// <param name="Rules">The rules that compiled and passed the sandbox, in pack and source order.</param>
/// <param name="Diagnostics">Compile, sandbox and metadata diagnostics, located in the policy files.</param>
/// <param name="FromCache">Whether the compiled set came from the disk cache, so Roslyn did not run.</param>
public sealed record LoadedPolicySet(
    ImmutableArray<PolicyPack> Packs,
    ImmutableArray<LoadedRule> Rules,
    ImmutableArray<Diagnostic> Diagnostics,
    bool FromCache)
{
    /// <summary>Finds a rule by id or name, ignoring case.</summary>
    public LoadedRule? Find(string idOrName) => Rules.FirstOrDefault(rule =>
        rule.Info.Id.Equals(idOrName, StringComparison.OrdinalIgnoreCase)
        || rule.Info.Name.Equals(idOrName, StringComparison.OrdinalIgnoreCase));
}
