using System.Collections.Immutable;

namespace Mibc.Compiler.Policies;

/// <summary>The outcome of compiling a pack set: one assembly with every rule that compiled, and the diagnostics.</summary>
/// <param name="Assembly">The assembly image; empty when no pack compiled.</param>
/// <param name="Pdb">The portable PDB, so exceptions point at policy source lines.</param>
/// <param name="Rules">The rules that passed every check, in pack and source order.</param>
/// <param name="Diagnostics">Compile, sandbox and metadata diagnostics.</param>
internal sealed record CompiledPolicySet(
    byte[] Assembly,
    byte[] Pdb,
    ImmutableArray<RuleRecord> Rules,
    ImmutableArray<DiagnosticRecord> Diagnostics);
