using System.Collections.Immutable;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Targets.Tls;

/// <summary>
/// The TLS settings of opportunistic SMTP: inbound port 25 and outbound delivery, where the peer
/// falls back to plaintext when no TLS version or cipher matches, so a wider set beats a strict one.
/// </summary>
/// <param name="Minimum">The lowest protocol version offered; never SSL.</param>
/// <param name="Maximum">The highest protocol version offered.</param>
/// <param name="ExcludedCiphers">OpenSSL cipher classes that stay off even here, in Postfix's list syntax.</param>
/// <remarks>
/// NOTE: OpenSSL 3.0 disables TLS 1.0 and 1.1 at its default security level 1, so unless a cipher
/// string lowers the level, these listeners negotiate TLS 1.2 or newer despite the lower minimum.
/// </remarks>
public sealed record OpportunisticTls(TlsProtocol Minimum, TlsProtocol Maximum, ImmutableArray<string> ExcludedCiphers);
