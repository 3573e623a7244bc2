using Mibc.Language.Model;

namespace Mibc.Targets.Dkim;

/// <summary>A DKIM signing key of one selector, as the key store holds it.</summary>
/// <param name="Domain">The signing domain.</param>
/// <param name="Selector">The selector, the label under <c>_domainkey</c>.</param>
/// <param name="KeyType">The key's type and size.</param>
/// <param name="PrivateKeyPem">The private key as PKCS#8 PEM, the form OpenDKIM reads. Secret.</param>
/// <param name="PublicKey">The public key as the DNS record's <c>p=</c> tag carries it, in base64.</param>
public sealed record DkimKey(DomainName Domain, string Selector, DkimKeyType KeyType, string PrivateKeyPem, string PublicKey)
{
    /// <summary>The owner name of the DNS record, relative to nothing: <c>selector._domainkey.domain</c> in ASCII.</summary>
    public string RecordName => $"{Selector}._domainkey.{Domain.Ascii}";

    /// <summary>The DKIM key record text (RFC 6376, section 3.6.1; RFC 8463 for Ed25519), before splitting into strings.</summary>
    public string RecordText => $"v=DKIM1; k={(KeyType == DkimKeyType.Ed25519 ? "ed25519" : "rsa")}; p={PublicKey}";

    /// <summary>Where the private key goes on the host; the OpenDKIM KeyTable points there.</summary>
    public string HostPath => HostPathOf(Domain, Selector);

    /// <summary>Returns where the private key of a selector goes on the host.</summary>
    public static string HostPathOf(DomainName domain, string selector) => $"/etc/opendkim/keys/{domain.Ascii}/{selector}.private";

    /// <summary>Returns a placeholder for the private key so it never reaches a log.</summary>
    public override string ToString() => $"DkimKey {{ {RecordName}, {KeyType} }}";
}
