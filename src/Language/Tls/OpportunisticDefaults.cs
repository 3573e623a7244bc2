using System.Collections.Immutable;
using Mibc.Language.Model;

namespace Mibc.Language.Tls;

/// <summary>
/// What opportunistic SMTP (smtp and outbound_smtp) uses where its own listener block sets nothing: TLS 1.0 up
/// to the box's highest version, and Postfix's medium cipher grade without the suites that protect nothing.
/// A peer that finds no common version or suite there sends the mail in plaintext, so a wide choice beats a strict one.
/// </summary>
public static class OpportunisticDefaults
{
    /// <summary>The lowest version opportunistic SMTP accepts unless its listener block sets protocols.</summary>
    public const TlsProtocol Floor = TlsProtocol.TLSv1;

    /// <summary>Postfix's default <c>tls_medium_cipherlist</c> (postconf -d, Postfix 3.7), which the medium grade selects.</summary>
    public const string MediumCipherList = "aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH";

    /// <summary>
    /// The cipher classes left out of the medium grade, in Postfix's <c>smtpd_tls_exclude_ciphers</c> syntax:
    /// no authentication, no encryption, export grade, under 112 bits, RC4, DES, MD5, and the pre-shared key
    /// and SRP suites no mail server uses.
    /// </summary>
    public static ImmutableArray<string> Exclusions { get; } = ["aNULL", "eNULL", "EXPORT", "LOW", "RC4", "DES", "MD5", "PSK", "SRP"];

    /// <summary>
    /// The OpenSSL cipher string Postfix builds from the medium grade and the exclusions: it appends ":!NAME"
    /// for each exclusion (tls_set_ciphers in Postfix's src/tls/tls_misc.c).
    /// </summary>
    public static string CipherString { get; } = MediumCipherList + string.Concat(Exclusions.Select(name => ":!" + name));

    /// <summary>
    /// Widens enabled protocols to every TLS version from <see cref="Floor"/> up to the highest one. Versions
    /// added here are located at <paramref name="origin"/>, the profile setting; SSL versions are never added.
    /// </summary>
    /// <param name="protocols">The enabled versions, oldest first, each where box.mib set it.</param>
    /// <param name="origin">The profile setting the added versions are located at.</param>
    public static ImmutableArray<Located<TlsProtocol>> Widen(ImmutableArray<Located<TlsProtocol>> protocols, Located<string> origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (protocols.IsDefaultOrEmpty)
        {
            return protocols;
        }

        var highest = protocols[^1].Value;
        var added = Enum.GetValues<TlsProtocol>()
            .Where(version => version >= Floor && version <= highest && protocols.All(item => item.Value != version))
            .Select(version => new Located<TlsProtocol>(version, origin.Span, IsDefault: true));
        return [.. protocols.Concat(added).OrderBy(item => item.Value)];
    }
}
