using System.Collections.Immutable;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Targets.Tls;

/// <summary>The TLS settings every mandatory-TLS listener (587, 465, 993, 995, 443) uses.</summary>
/// <param name="Minimum">The lowest protocol version offered.</param>
/// <param name="Maximum">The highest protocol version offered.</param>
/// <param name="CipherList">The OpenSSL cipher string for TLS 1.2 and older, separated by colons; null leaves each daemon's default.</param>
/// <param name="Ciphersuites">The TLS 1.3 suites, separated by colons.</param>
/// <param name="Groups">The key exchange groups, in preference order, that the target's OpenSSL offers.</param>
/// <param name="DhBits">The size of the ffdhe group shipped as DH parameters; null when the profile uses no DHE.</param>
/// <param name="ServerPreferredOrder">Whether the server's cipher order wins over the client's.</param>
public sealed record ListenerTls(
    TlsProtocol Minimum,
    TlsProtocol Maximum,
    string? CipherList,
    string Ciphersuites,
    ImmutableArray<string> Groups,
    int? DhBits,
    bool ServerPreferredOrder)
{
    /// <summary>The enabled versions, oldest first.</summary>
    public IEnumerable<TlsProtocol> Versions =>
        Enum.GetValues<TlsProtocol>().Where(version => version >= Minimum && version <= Maximum);
}
