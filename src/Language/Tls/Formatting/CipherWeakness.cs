namespace Mibc.Language.Tls;

/// <summary>Reasons a cipher suite is weak.</summary>
[Flags]
public enum CipherWeakness
{
    /// <summary>No known weakness.</summary>
    None = 0,

    /// <summary>An export-grade suite with a 40-bit or 56-bit key.</summary>
    Export = 1 << 0,

    /// <summary>No server authentication, so an active attacker can sit in the middle.</summary>
    Anonymous = 1 << 1,

    /// <summary>No encryption at all.</summary>
    NoEncryption = 1 << 2,

    /// <summary>RC4, prohibited by RFC 7465.</summary>
    Rc4 = 1 << 3,

    /// <summary>Single DES, with a 56-bit key.</summary>
    SingleDes = 1 << 4,

    /// <summary>Triple DES, whose 64-bit block allows the Sweet32 attack.</summary>
    TripleDes = 1 << 5,

    /// <summary>Fewer than 112 bits of effective key strength.</summary>
    Below112Bits = 1 << 6,

    /// <summary>Fewer than 128 bits of effective key strength.</summary>
    Below128Bits = 1 << 7,
}
