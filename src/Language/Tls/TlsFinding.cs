using System.Collections.Immutable;
using Mibc.Language.Model;
using Mibc.Language.Text;
using Mibc.Language.TypeSystem;

namespace Mibc.Language.Tls;

/// <summary>
/// A TLS problem that one box.mib setting gives a group of listeners, for a rule to report once at the setting.
/// </summary>
/// <param name="Location">The span of the setting: a protocol in a list, a cipher string, or the profile it comes from.</param>
/// <param name="Setting">The setting as messages name it, such as <c>sslv3</c>, <c>ciphers = "ALL"</c> or <c>profile = mozilla_old</c>.</param>
/// <param name="Listeners">The listeners the setting reaches, in the order of <see cref="Tls.Listeners.All"/>.</param>
/// <param name="ListenerNames">The listeners as messages name them: "every listener", or a list such as "submission (587) and https (443)".</param>
public abstract record TlsFinding(SourceSpan Location, string Setting, ImmutableArray<Listener> Listeners, string ListenerNames)
{
    /// <summary>Mandatory when any of the listeners is mandatory, since the finding is then an error there.</summary>
    public ListenerStrictness Strictness =>
        Listeners.Any(listener => listener.Strictness() == ListenerStrictness.Mandatory)
            ? ListenerStrictness.Mandatory
            : ListenerStrictness.Opportunistic;

    /// <summary>
    /// The highest level the finding deserves: error when a mandatory listener is among the listeners,
    /// warning when all of them are opportunistic SMTP, where weak TLS still beats the plaintext fallback.
    /// </summary>
    public RuleLevel MaximumLevel => Strictness == ListenerStrictness.Mandatory ? RuleLevel.Error : RuleLevel.Warning;

    /// <summary>The most suites a message names; 'mibc ciphers' lists the rest.</summary>
    public const int MaxNamedSuites = 12;

    /// <summary>
    /// Joins the OpenSSL names of suites with commas, naming at most <see cref="MaxNamedSuites"/> and then
    /// "and N more", so a finding about a broad alias such as ALL stays readable.
    /// </summary>
    protected static string JoinSuiteNames(ImmutableArray<CipherSuite> suites)
    {
        var names = string.Join(", ", suites.Take(MaxNamedSuites).Select(suite => suite.OpenSslName));
        return suites.Length <= MaxNamedSuites ? names : $"{names} and {suites.Length - MaxNamedSuites} more";
    }
}

/// <summary>Protocol versions that a setting enables on a group of listeners.</summary>
/// <param name="Location">The span of the protocol in the list, or of the profile that enables them.</param>
/// <param name="Setting">The box.mib word of the protocol, such as <c>sslv3</c>, or the profile setting.</param>
/// <param name="Listeners">The listeners that enable the protocols through the setting.</param>
/// <param name="ListenerNames">The listeners as messages name them.</param>
/// <param name="Protocols">The protocol versions, oldest first: one for a protocol in a list, several for a profile.</param>
public sealed record ProtocolFinding(
    SourceSpan Location, string Setting, ImmutableArray<Listener> Listeners, string ListenerNames, ImmutableArray<TlsProtocol> Protocols)
    : TlsFinding(Location, Setting, Listeners, ListenerNames)
{
    /// <summary>The OpenSSL names of the protocols, such as "TLSv1 and TLSv1.1".</summary>
    public string ProtocolNames => Suggestions.JoinAll(Protocols.Select(protocol => protocol.ToOpenSslName()));
}

/// <summary>Cipher suites that a setting lets in on a group of listeners.</summary>
/// <param name="Location">The span of the cipher string, the ciphersuites value or the profile they come from.</param>
/// <param name="Setting">The setting as messages name it.</param>
/// <param name="Listeners">The listeners that enable the suites through the setting.</param>
/// <param name="ListenerNames">The listeners as messages name them.</param>
/// <param name="Suites">The suites, in the listeners' preference order.</param>
public sealed record SuiteFinding(
    SourceSpan Location, string Setting, ImmutableArray<Listener> Listeners, string ListenerNames, ImmutableArray<CipherSuite> Suites)
    : TlsFinding(Location, Setting, Listeners, ListenerNames)
{
    /// <summary>The OpenSSL names of the suites, comma-separated, the first <see cref="TlsFinding.MaxNamedSuites"/> of them.</summary>
    public string SuiteNames => JoinSuiteNames(Suites);
}

/// <summary>DH parameters that a setting gives the DHE suites of a group of listeners.</summary>
/// <param name="Location">The span of the dh_bits value, or of the profile that sets the size.</param>
/// <param name="Setting">The setting as messages name it, such as <c>dh_bits = 1024</c> or <c>profile = mozilla_old</c>.</param>
/// <param name="Listeners">The listeners that use the parameters.</param>
/// <param name="ListenerNames">The listeners as messages name them.</param>
/// <param name="Bits">The size of the DH parameters.</param>
/// <param name="Suites">The enabled DHE suites that use them.</param>
public sealed record DhFinding(
    SourceSpan Location, string Setting, ImmutableArray<Listener> Listeners, string ListenerNames, int Bits, ImmutableArray<CipherSuite> Suites)
    : TlsFinding(Location, Setting, Listeners, ListenerNames)
{
    /// <summary>The OpenSSL names of the suites, comma-separated, the first <see cref="TlsFinding.MaxNamedSuites"/> of them.</summary>
    public string SuiteNames => JoinSuiteNames(Suites);
}
