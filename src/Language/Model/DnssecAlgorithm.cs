namespace Mibc.Language.Model;

/// <summary>The DNSSEC signing algorithm of a zone; the values are the IANA algorithm numbers.</summary>
public enum DnssecAlgorithm
{
    /// <summary>RSA/SHA-256 (algorithm 8), for registries that do not accept ECDSA yet.</summary>
    RsaSha256 = 8,

    /// <summary>ECDSA P-256 with SHA-256 (algorithm 13): small signatures, accepted by every current validator.</summary>
    EcdsaP256Sha256 = 13,
}
