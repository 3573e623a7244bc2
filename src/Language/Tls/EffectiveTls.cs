using System.Collections.Immutable;
using Mibc.Language.Model;
using Mibc.Language.Semantics.Schema;
using Mibc.Language.TypeSystem;

namespace Mibc.Language.Tls;

/// <summary>
/// The TLS of every listener a box serves, resolved from box.mib: the one place where profiles, box-wide
/// settings and listener blocks combine. The cipher rules check it and the Postfix, Dovecot and nginx configs
/// are rendered from it, so what mibc checks is what the daemons get.
/// </summary>
public sealed class EffectiveTls
{
    private EffectiveTls(ImmutableArray<ListenerTls> listeners)
    {
        Listeners = listeners;
    }

    /// <summary>The listeners the box serves, in the order of <see cref="Tls.Listeners.All"/>.</summary>
    public ImmutableArray<ListenerTls> Listeners { get; }

    /// <summary>Resolves the TLS of every listener the box serves.</summary>
    public static EffectiveTls For(BoxModel box)
    {
        ArgumentNullException.ThrowIfNull(box);
        return For(box.Policy, box.Host.Os.Value);
    }

    /// <summary>Resolves the TLS of every listener a policy serves on the target OS, for callers without a whole model.</summary>
    public static EffectiveTls For(SecurityPolicy policy, OsProfile os) => ForOpenSsl(policy, TargetOpenSsl.For(os));

    /// <summary>
    /// Resolves the TLS of every listener a policy serves with the rules of an OpenSSL release other than the
    /// target's, such as 1.0.1, to audit what the settings would let in on an old server.
    /// </summary>
    public static EffectiveTls ForOpenSsl(SecurityPolicy policy, OpenSslVersion openSsl)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var resolver = new ListenerTlsResolver(policy, openSsl);
        return new EffectiveTls([.. Tls.Listeners.ServedBy(policy).Select(resolver.Resolve)]);
    }

    /// <summary>Resolves the TLS of one listener, whether or not the box serves it.</summary>
    public static ListenerTls For(BoxModel box, Listener listener)
    {
        ArgumentNullException.ThrowIfNull(box);
        return For(box.Policy, box.Host.Os.Value, listener);
    }

    /// <summary>Resolves the TLS of one listener from a policy and the target OS, for callers without a whole model.</summary>
    public static ListenerTls For(SecurityPolicy policy, OsProfile os, Listener listener)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new ListenerTlsResolver(policy, TargetOpenSsl.For(os)).Resolve(listener);
    }

    /// <summary>Returns a served listener's TLS, or null when the box does not serve it.</summary>
    public ListenerTls? Find(Listener listener) => Listeners.FirstOrDefault(tls => tls.Listener == listener);

    /// <summary>
    /// Finds the enabled protocol versions that <paramref name="match"/> selects, one finding per place in
    /// box.mib (a protocol in a list, or a profile) with every listener that place reaches.
    /// </summary>
    public ImmutableArray<ProtocolFinding> FindProtocols(Func<ListenerTls, TlsProtocol, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var hits = Listeners.SelectMany(tls => tls.Protocols
            .Where(protocol => match(tls, protocol.Value))
            .GroupBy(protocol => protocol.Span)
            .Select(place => (Tls: tls, Place: place.Key, Protocols: place.Select(protocol => protocol.Value).ToImmutableArray(), FromProfile: place.First().IsDefault)));
        return [.. hits
            .GroupBy(hit => (hit.Place, Names: string.Join(":", hit.Protocols)))
            .Select(group =>
            {
                var first = group.First();
                var setting = first.FromProfile ? first.Tls.ProfileSetting : LanguageTypes.TlsProtocol.WordFor(first.Protocols[0]);
                var listeners = group.Select(hit => hit.Tls.Listener).ToImmutableArray();
                return new ProtocolFinding(group.Key.Place, setting, listeners, DescribeListeners(listeners), first.Protocols);
            })];
    }

    /// <summary>
    /// Finds the enabled suites that <paramref name="match"/> selects, one finding per setting they come from
    /// (the cipher string for TLS 1.2 and older, the ciphersuites value for TLS 1.3) and per set of suites.
    /// </summary>
    public ImmutableArray<SuiteFinding> FindSuites(Func<ListenerTls, CipherSuite, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var hits = new List<(ListenerTls Tls, Located<string> Source, string Setting, ImmutableArray<CipherSuite> Suites)>();
        foreach (var tls in Listeners)
        {
            var older = tls.EnabledTls12Suites.Where(suite => match(tls, suite)).ToImmutableArray();
            if (!older.IsEmpty && tls.CipherString is { } cipherString)
            {
                hits.Add((tls, cipherString, tls.CipherSetting, older));
            }

            var tls13 = tls.EnabledTls13Suites.Where(suite => match(tls, suite)).ToImmutableArray();
            if (!tls13.IsEmpty)
            {
                var setting = tls.Ciphersuites.IsDefault ? tls.ProfileSetting : $"ciphersuites = \"{MibType.Shorten(tls.Ciphersuites.Value)}\"";
                hits.Add((tls, tls.Ciphersuites, setting, tls13));
            }
        }

        return [.. hits
            .GroupBy(hit => (hit.Source.Span, hit.Setting, Names: string.Join(":", hit.Suites.Select(suite => suite.OpenSslName))))
            .Select(group =>
            {
                var listeners = group.Select(hit => hit.Tls.Listener).ToImmutableArray();
                return new SuiteFinding(group.Key.Span, group.Key.Setting, listeners, DescribeListeners(listeners), group.First().Suites);
            })];
    }

    /// <summary>
    /// Finds the listeners whose DH parameters <paramref name="match"/> selects while they enable a suite with
    /// finite-field DHE key exchange, one finding per place in box.mib that sets the size. A listener without
    /// DHE suites never uses its DH parameters, so it is left out.
    /// </summary>
    public ImmutableArray<DhFinding> FindDhParameters(Func<ListenerTls, int, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return [.. Listeners
            .Where(tls => tls.DhBits is { } bits && match(tls, bits.Value) && tls.EnabledSuites.Any(UsesDhe))
            .GroupBy(tls => tls.DhBits!)
            .Select(group =>
            {
                var first = group.First();
                var setting = group.Key.IsDefault ? first.ProfileSetting : $"dh_bits = {group.Key.Value}";
                var listeners = group.Select(tls => tls.Listener).ToImmutableArray();
                var suites = group.SelectMany(tls => tls.EnabledSuites.Where(UsesDhe)).DistinctBy(suite => suite.OpenSslName).ToImmutableArray();
                return new DhFinding(group.Key.Span, setting, listeners, DescribeListeners(listeners), group.Key.Value, suites);
            })];
    }

    /// <summary>
    /// Names listeners for a message: "every listener" when they are all the box serves, otherwise a list
    /// such as "submission (587), imaps (993) and https (443)".
    /// </summary>
    public string DescribeListeners(IEnumerable<Listener> listeners)
    {
        ArgumentNullException.ThrowIfNull(listeners);
        var named = listeners.Distinct().OrderBy(listener => Tls.Listeners.All.IndexOf(listener)).ToList();
        if (named.Count == Listeners.Length && Listeners.All(tls => named.Contains(tls.Listener)))
        {
            return named.Count == 1 ? named[0].Describe() : "every listener";
        }

        return Suggestions.JoinAll(named.Select(listener => listener.Describe()));
    }

    private static bool UsesDhe(CipherSuite suite) => (suite.KeyExchange & (KeyExchange.Dhe | KeyExchange.DhePsk)) != 0;
}
