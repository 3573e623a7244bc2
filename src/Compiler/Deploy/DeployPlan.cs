using System.Collections.Immutable;

namespace Mibc.Compiler.Deploy;

/// <summary>What applying a bundle would change on a host, as <c>mibc plan</c> shows it.</summary>
/// <param name="Box">The box's host name.</param>
/// <param name="Files">Every manifest file, in manifest order.</param>
/// <param name="CertificateMissing">Whether apply.sh would make the self-signed certificate.</param>
/// <param name="Services">The services apply.sh would check and reload.</param>
public sealed record DeployPlan(string Box, ImmutableArray<PlannedChange> Files, bool CertificateMissing, ImmutableArray<string> Services)
{
    /// <summary>The files that would change.</summary>
    public IEnumerable<PlannedChange> Changes => Files.Where(file => file.Kind != FileChangeKind.Unchanged);

    /// <summary>Whether applying would change anything.</summary>
    public bool HasChanges => CertificateMissing || Changes.Any();
}
