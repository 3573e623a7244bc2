using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Mibc.Language.Tls;

/// <summary>
/// The built-in profiles, from Mozilla's server-side TLS guidelines as
/// published in the JSON files at ssl-config.mozilla.org/guidelines/. Guideline
/// 6.0 has no "old" configuration, so mozilla_old comes from 5.7.
/// </summary>
public static class TlsProfiles
{
    private const string Mozilla = "Mozilla Server Side TLS";

    private const string Tls13Suites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";

    /// <summary>Mozilla's modern configuration of guideline 6.0: TLS 1.3 only.</summary>
    public static TlsProfile MozillaModern { get; } = new(
        "mozilla_modern",
        Mozilla,
        "6.0",
        [TlsProtocol.TLSv1_3],
        null,
        Tls13Suites,
        [NamedGroups.X25519MlKem768, NamedGroups.X25519, NamedGroups.Prime256v1, NamedGroups.Secp384r1],
        null,
        [CertificateKey.Ecdsa(NamedGroups.Prime256v1), CertificateKey.Ecdsa(NamedGroups.Secp384r1)],
        false);

    /// <summary>Mozilla's intermediate configuration of guideline 6.0: TLS 1.2 and 1.3.</summary>
    public static TlsProfile MozillaIntermediate { get; } = new(
        "mozilla_intermediate",
        Mozilla,
        "6.0",
        [TlsProtocol.TLSv1_2, TlsProtocol.TLSv1_3],
        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            + "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305",
        Tls13Suites,
        [NamedGroups.X25519MlKem768, NamedGroups.X25519, NamedGroups.Prime256v1, NamedGroups.Secp384r1],
        2048,
        [CertificateKey.Ecdsa(NamedGroups.Prime256v1), CertificateKey.Ecdsa(NamedGroups.Secp384r1), CertificateKey.Rsa(2048)],
        false);

    /// <summary>Mozilla's old configuration of guideline 5.7: TLS 1.0 to 1.3, for very old clients.</summary>
    public static TlsProfile MozillaOld { get; } = new(
        "mozilla_old",
        Mozilla,
        "5.7",
        [TlsProtocol.TLSv1, TlsProtocol.TLSv1_1, TlsProtocol.TLSv1_2, TlsProtocol.TLSv1_3],
        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            + "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
            + "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305:"
            + "ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            + "ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            + "DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            + "AES128-SHA256:AES256-SHA256:AES128-SHA:AES256-SHA:DES-CBC3-SHA",
        Tls13Suites,
        [NamedGroups.X25519, NamedGroups.Prime256v1, NamedGroups.Secp384r1],
        1024,
        [CertificateKey.Rsa(2048)],
        true);

    /// <summary>Every built-in profile.</summary>
    public static ImmutableArray<TlsProfile> All { get; } = [MozillaModern, MozillaIntermediate, MozillaOld];

    /// <summary>Finds a profile by its name; names are case-sensitive.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out TlsProfile? profile)
    {
        profile = All.FirstOrDefault(candidate => candidate.Name == name);
        return profile is not null;
    }
}
