namespace Mibc.Language.Model;

/// <summary>The key type and size of the box's TLS certificate.</summary>
public enum CertificateKeySpec
{
    /// <summary>RSA, 1024 bits.</summary>
    Rsa1024,

    /// <summary>RSA, 2048 bits.</summary>
    Rsa2048,

    /// <summary>RSA, 3072 bits.</summary>
    Rsa3072,

    /// <summary>RSA, 4096 bits.</summary>
    Rsa4096,

    /// <summary>ECDSA on the P-256 curve.</summary>
    EcdsaP256,

    /// <summary>ECDSA on the P-384 curve.</summary>
    EcdsaP384,
}
