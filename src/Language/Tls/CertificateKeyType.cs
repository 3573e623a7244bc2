namespace Mibc.Language.Tls;

/// <summary>The public key algorithm of a server certificate.</summary>
public enum CertificateKeyType
{
    /// <summary>An RSA key.</summary>
    Rsa,

    /// <summary>An ECDSA key on a named curve.</summary>
    Ecdsa,

    /// <summary>An Ed25519 key.</summary>
    Ed25519,
}
