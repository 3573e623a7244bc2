namespace Mibc.Language.Tls;

/// <summary>
/// A key exchange group (an elliptic curve, a finite-field group or a hybrid
/// post-quantum group) from the TLS Supported Groups registry.
/// </summary>
/// <param name="Name">The name OpenSSL, nginx and Postfix accept, such as "X25519" or "prime256v1".</param>
/// <param name="IanaName">The name in the IANA registry, such as "x25519" or "secp256r1".</param>
/// <param name="Code">The two-byte group identifier sent on the wire.</param>
/// <param name="OpenSslSince">The first OpenSSL release series that offers the group in TLS, such as "1.1.0".</param>
public sealed record NamedGroup(string Name, string IanaName, ushort Code, string OpenSslSince)
{
    /// <summary>Whether OpenSSL 3.0 offers the group in TLS.</summary>
    public bool SupportedByOpenSsl30 => Version.Parse(OpenSslSince) <= new Version(3, 0);
}
