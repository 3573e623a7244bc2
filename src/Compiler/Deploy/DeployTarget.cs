namespace Mibc.Compiler.Deploy;

/// <summary>One box to deploy: its bundle, the host to reach, and how that host's key is checked.</summary>
/// <param name="Box">The box's host name, for messages.</param>
/// <param name="BundleDirectory">The built bundle.</param>
/// <param name="Endpoint">Where to connect.</param>
/// <param name="Verifier">The trusted source of the host key.</param>
/// <param name="SourceDirectory">The directory of the box.mib file, whose key store <c>mibc plan</c> updates; null for a given bundle.</param>
public sealed record DeployTarget(string Box, string BundleDirectory, SshEndpoint Endpoint, HostKeyVerifier Verifier, string? SourceDirectory = null);
