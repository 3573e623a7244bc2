namespace Mibc.Language.Tls;

/// <summary>
/// The kind and size of a server certificate's key.
/// </summary>
/// <param name="Type">The key algorithm.</param>
/// <param name="Bits">The modulus size for RSA keys; null for curve-based keys.</param>
/// <param name="Curve">The curve of an ECDSA key, such as prime256v1; null otherwise.</param>
public sealed record CertificateKey(CertificateKeyType Type, int? Bits, NamedGroup? Curve)
{
    /// <summary>Creates an RSA key description with the given modulus size in bits.</summary>
    public static CertificateKey Rsa(int bits) => new(CertificateKeyType.Rsa, bits, null);

    /// <summary>Creates an ECDSA key description on the given curve.</summary>
    public static CertificateKey Ecdsa(NamedGroup curve) => new(CertificateKeyType.Ecdsa, null, curve);
}
