namespace Mibc.Language.Model;

/// <summary>The kind of key a DKIM selector signs with.</summary>
public enum DkimKeyType
{
    /// <summary>RSA with a 2048-bit modulus, which every verifier accepts.</summary>
    Rsa2048,

    /// <summary>RSA with a 4096-bit modulus; the DNS record needs several TXT strings.</summary>
    Rsa4096,

    /// <summary>Ed25519 (RFC 8463); not all verifiers check it yet, so pair it with an RSA selector.</summary>
    Ed25519,
}
