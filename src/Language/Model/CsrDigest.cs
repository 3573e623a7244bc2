namespace Mibc.Language.Model;

/// <summary>The hash a certificate signing request is signed with.</summary>
public enum CsrDigest
{
    /// <summary>SHA-1.</summary>
    Sha1,

    /// <summary>SHA-256.</summary>
    Sha256,

    /// <summary>SHA-384.</summary>
    Sha384,

    /// <summary>SHA-512.</summary>
    Sha512,
}
