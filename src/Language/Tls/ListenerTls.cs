using System.Collections.Immutable;
using Mibc.Language.Model;

namespace Mibc.Language.Tls;

/// <summary>
/// The TLS one listener uses: its profile with box.mib's overrides applied, expanded for the target's OpenSSL.
/// Every written value keeps the span it came from, so findings point at the line that set it.
/// </summary>
/// <param name="Listener">The listener.</param>
/// <param name="OpenSsl">The target's OpenSSL release, whose rules expanded the cipher settings.</param>
/// <param name="Profile">The profile the settings start from: the listener's own, or the box-wide one.</param>
/// <param name="Protocols">The enabled protocol versions, oldest first. Those the profile supplies are located at the profile.</param>
/// <param name="CipherString">The OpenSSL cipher string for TLS 1.2 and older; null when the profile it comes from has none.</param>
/// <param name="CipherSetting">How box.mib sets the cipher string, for messages, such as <c>ciphers = "HIGH"</c> or <c>profile = mozilla_old</c>.</param>
/// <param name="CipherList">The expansion of <paramref name="CipherString"/>; null when there is no cipher string.</param>
/// <param name="Ciphersuites">The TLS 1.3 ciphersuites setting.</param>
/// <param name="Tls13CipherSuites">The parsed <paramref name="Ciphersuites"/>.</param>
/// <param name="Groups">The profile's key exchange groups that the target's OpenSSL offers, in preference order.</param>
/// <param name="DhBits">The size of the finite-field DH parameters; null when neither box.mib nor the profile sets one, and for outbound SMTP, where the server picks the group.</param>
/// <param name="ServerPreferredOrder">Whether the server's suite order wins over the client's, as the profile sets it.</param>
public sealed record ListenerTls(
    Listener Listener,
    OpenSslVersion OpenSsl,
    Located<string> Profile,
    ImmutableArray<Located<TlsProtocol>> Protocols,
    Located<string>? CipherString,
    string CipherSetting,
    CipherStringExpansion? CipherList,
    Located<string> Ciphersuites,
    Tls13CipherSuiteList Tls13CipherSuites,
    ImmutableArray<NamedGroup> Groups,
    Located<int>? DhBits,
    bool ServerPreferredOrder)
{
    /// <summary>How box.mib sets the profile, for messages: <c>profile = mozilla_old</c>, or "the default profile mozilla_intermediate".</summary>
    public string ProfileSetting => ListenerTlsResolver.DescribeProfile(Profile);

    /// <summary>Whether weak TLS here is an error or the lesser evil.</summary>
    public ListenerStrictness Strictness => Listener.Strictness();

    /// <summary>The lowest enabled protocol version.</summary>
    public TlsProtocol Minimum => Protocols[0].Value;

    /// <summary>The highest enabled protocol version.</summary>
    public TlsProtocol Maximum => Protocols[^1].Value;

    /// <summary>Whether a protocol version is enabled.</summary>
    public bool Enables(TlsProtocol protocol) => Protocols.Any(item => item.Value == protocol);

    /// <summary>
    /// The suites of the cipher string that an enabled protocol up to TLS 1.2 can negotiate, in preference
    /// order: empty when only TLS 1.3 is enabled, and without suites whose lowest protocol is above every
    /// enabled one (a TLS 1.2 GCM suite on a TLS 1.0 listener). OpenSSL's security level is not applied.
    /// </summary>
    public ImmutableArray<CipherSuite> EnabledTls12Suites
    {
        get
        {
            var older = Protocols.Select(item => item.Value).Where(protocol => protocol <= TlsProtocol.TLSv1_2).ToList();
            if (CipherList is null || older.Count == 0)
            {
                return [];
            }

            var highest = older.Max();
            return [.. CipherList.Suites.Where(suite => suite.MinProtocol <= highest)];
        }
    }

    /// <summary>The TLS 1.3 suites in preference order, or empty when TLS 1.3 is not enabled.</summary>
    public ImmutableArray<CipherSuite> EnabledTls13Suites =>
        Enables(TlsProtocol.TLSv1_3) ? Tls13CipherSuites.Suites : [];

    /// <summary>Every suite the listener can negotiate: the TLS 1.3 suites first, as OpenSSL offers them, then the others.</summary>
    public ImmutableArray<CipherSuite> EnabledSuites => [.. EnabledTls13Suites, .. EnabledTls12Suites];
}
