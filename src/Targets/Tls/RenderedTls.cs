using System.Collections.Immutable;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Targets.Tls;

/// <summary>One listener's TLS as the daemon configs write it: its effective settings checked for the target release.</summary>
/// <param name="Source">The effective settings, with the spans of box.mib that set them.</param>
/// <param name="Minimum">The lowest protocol version offered.</param>
/// <param name="Maximum">The highest protocol version offered.</param>
/// <param name="CipherList">The OpenSSL cipher string for TLS 1.2 and older, separated by colons; null leaves the daemon's default.</param>
/// <param name="Ciphersuites">The TLS 1.3 suites, separated by colons.</param>
/// <param name="Groups">The key exchange groups, in preference order, that the target's OpenSSL offers.</param>
/// <param name="DhBits">The size of the ffdhe group shipped as DH parameters; null when the listener uses none.</param>
/// <param name="ServerPreferredOrder">Whether the server's cipher order wins over the client's.</param>
public sealed record RenderedTls(
    ListenerTls Source,
    TlsProtocol Minimum,
    TlsProtocol Maximum,
    string? CipherList,
    string Ciphersuites,
    ImmutableArray<string> Groups,
    int? DhBits,
    bool ServerPreferredOrder)
{
    /// <summary>The listener.</summary>
    public Listener Listener => Source.Listener;

    /// <summary>The enabled versions, oldest first.</summary>
    public IEnumerable<TlsProtocol> Versions =>
        Enum.GetValues<TlsProtocol>().Where(version => version >= Minimum && version <= Maximum);

    /// <summary>Whether the ciphers are the opportunistic default, which Postfix writes as its medium grade with exclusions.</summary>
    public bool UsesOpportunisticCiphers =>
        Source.CipherString is { IsDefault: true } cipherString && cipherString.Value == OpportunisticDefaults.CipherString;
}
