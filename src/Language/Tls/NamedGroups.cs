using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Mibc.Language.Tls;

/// <summary>
/// The named groups mibc models. Codes are those of OpenSSL 3.0's
/// include/internal/tlsgroups.h and, for X25519MLKEM768, of the IANA
/// registry; OpenSSL added X25519 in 1.1.0, X448 and the ffdhe groups in
/// 1.1.1, and X25519MLKEM768 in 3.5.
/// </summary>
public static class NamedGroups
{
    /// <summary>NIST P-256, which OpenSSL names prime256v1.</summary>
    public static NamedGroup Prime256v1 { get; } = new("prime256v1", "secp256r1", 0x0017, "1.0.1");

    /// <summary>NIST P-384.</summary>
    public static NamedGroup Secp384r1 { get; } = new("secp384r1", "secp384r1", 0x0018, "1.0.1");

    /// <summary>NIST P-521.</summary>
    public static NamedGroup Secp521r1 { get; } = new("secp521r1", "secp521r1", 0x0019, "1.0.1");

    /// <summary>Curve25519 key agreement.</summary>
    public static NamedGroup X25519 { get; } = new("X25519", "x25519", 0x001D, "1.1.0");

    /// <summary>Curve448 key agreement.</summary>
    public static NamedGroup X448 { get; } = new("X448", "x448", 0x001E, "1.1.1");

    /// <summary>The RFC 7919 2048-bit finite-field group.</summary>
    public static NamedGroup Ffdhe2048 { get; } = new("ffdhe2048", "ffdhe2048", 0x0100, "1.1.1");

    /// <summary>The RFC 7919 3072-bit finite-field group.</summary>
    public static NamedGroup Ffdhe3072 { get; } = new("ffdhe3072", "ffdhe3072", 0x0101, "1.1.1");

    /// <summary>The RFC 7919 4096-bit finite-field group.</summary>
    public static NamedGroup Ffdhe4096 { get; } = new("ffdhe4096", "ffdhe4096", 0x0102, "1.1.1");

    /// <summary>The hybrid of ML-KEM-768 and X25519.</summary>
    public static NamedGroup X25519MlKem768 { get; } = new("X25519MLKEM768", "X25519MLKEM768", 0x11EC, "3.5");

    /// <summary>Every known group.</summary>
    public static ImmutableArray<NamedGroup> All { get; } =
        [Prime256v1, Secp384r1, Secp521r1, X25519, X448, Ffdhe2048, Ffdhe3072, Ffdhe4096, X25519MlKem768];

    /// <summary>
    /// Finds a group by its OpenSSL or IANA name; "P-256", "P-384" and
    /// "P-521" are accepted as well. Names are case-sensitive, as in OpenSSL.
    /// </summary>
    public static bool TryFind(string name, [NotNullWhen(true)] out NamedGroup? group)
    {
        group = name switch
        {
            "P-256" => Prime256v1,
            "P-384" => Secp384r1,
            "P-521" => Secp521r1,
            _ => All.FirstOrDefault(candidate => candidate.Name == name || candidate.IanaName == name),
        };
        return group is not null;
    }
}
