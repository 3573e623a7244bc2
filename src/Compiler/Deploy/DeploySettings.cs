using Renci.SshNet;

namespace Mibc.Compiler.Deploy;

/// <summary>Settings every box of one <c>mibc plan</c> or <c>mibc apply</c> run shares.</summary>
/// <param name="Keys">The private keys to authenticate with.</param>
/// <param name="Root">The <c>--root</c> directory on the host, or null to place files at their real paths.</param>
/// <param name="DryRun">Whether apply.sh only prints what it would change.</param>
/// <param name="Timeout">How long connecting and each SSH request may take.</param>
public sealed record DeploySettings(IReadOnlyList<IPrivateKeySource> Keys, string? Root, bool DryRun, TimeSpan Timeout);
