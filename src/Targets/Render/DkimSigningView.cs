namespace Mibc.Targets.Render;

/// <summary>A key OpenDKIM signs a domain's outgoing mail with; a domain may have two, RSA and Ed25519.</summary>
/// <param name="Domain">The domain in ASCII form.</param>
/// <param name="Selector">The selector, a DNS name.</param>
/// <param name="KeyName">The key's name in the KeyTable, which is also its DNS name: <c>SELECTOR._domainkey.DOMAIN</c>.</param>
/// <param name="KeyPath">The private key file the DNS target places on the host.</param>
public sealed record DkimSigningView(string Domain, string Selector, string KeyName, string KeyPath);
