using System.Collections.Immutable;
using Mibc.Language.Model;
using Mibc.Language.TypeSystem;

namespace Mibc.Language.Tls;

/// <summary>
/// Applies box.mib's TLS settings to one listener at a time, expanding each distinct cipher setting once.
/// </summary>
/// <remarks>
/// A listener block that names a profile starts afresh from that profile, so the box-wide overrides do not
/// reach it; a listener block without a profile starts from the box-wide profile and overrides. Opportunistic
/// SMTP without a profile of its own then widens the protocols and takes the opportunistic cipher list
/// (<see cref="OpportunisticDefaults"/>). The listener's own keys go on top in every case.
/// </remarks>
internal sealed class ListenerTlsResolver(SecurityPolicy policy, OpenSslVersion openSsl)
{
    private readonly Dictionary<string, CipherStringExpansion> cipherLists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tls13CipherSuiteList> tls13Lists = new(StringComparer.Ordinal);

    public ListenerTls Resolve(Listener listener)
    {
        var own = policy.FindListener(listener)?.Tls ?? TlsOverrides.None;
        var boxWide = own.Profile is null ? policy.Tls : null;
        var profileName = own.Profile ?? policy.Tls.Profile;
        var profile = Profile(profileName.Value);

        // NOTE: opportunistic SMTP without a profile of its own widens the box-wide protocols and keeps its
        // own cipher list, because its peers fall back to plaintext (OpportunisticDefaults).
        var opportunistic = listener.Strictness() == ListenerStrictness.Opportunistic && own.Profile is null;

        var protocols = !own.Protocols.IsDefaultOrEmpty ? own.Protocols
            : boxWide is { Protocols.IsDefaultOrEmpty: false } ? boxWide.Protocols
            : [.. profile.Protocols.Select(protocol => FromProfile(protocol, profileName))];
        protocols = [.. protocols.DistinctBy(item => item.Value).OrderBy(item => item.Value)];
        if (opportunistic && own.Protocols.IsDefaultOrEmpty)
        {
            protocols = OpportunisticDefaults.Widen(protocols, profileName);
        }

        var (cipherString, cipherSetting) = opportunistic && own.Ciphers is null
            ? (FromProfile(OpportunisticDefaults.CipherString, profileName), "the opportunistic default cipher list")
            : CipherString(own.Ciphers ?? boxWide?.Ciphers, profile, profileName);
        var ciphersuites = own.Ciphersuites ?? boxWide?.Ciphersuites ?? FromProfile(profile.Tls13CipherSuites, profileName);
        // NOTE: a TLS server picks the DH group, so the SMTP client that delivers outgoing mail has none of its own.
        var dhBits = listener == Listener.OutboundSmtp ? null
            : own.DhBits ?? boxWide?.DhBits ?? (profile.DhParameterBits is { } bits ? FromProfile(bits, profileName) : null);

        // NOTE: OpenSSL 3.0 rejects a groups list that names a group it lacks, so such groups are left out here.
        var groups = profile.Groups.Where(group => openSsl != OpenSslVersion.V3_0 || group.SupportedByOpenSsl30);

        return new ListenerTls(
            listener,
            openSsl,
            profileName,
            protocols,
            cipherString,
            cipherSetting,
            cipherString is null ? null : Expand(cipherString.Value),
            ciphersuites,
            ParseTls13(ciphersuites.Value),
            [.. groups],
            dhBits,
            profile.ServerPreferredOrder);
    }

    /// <summary>Describes how box.mib sets a profile, for messages.</summary>
    public static string DescribeProfile(Located<string> profile) =>
        profile.IsDefault ? $"the default profile {profile.Value}" : $"profile = {profile.Value}";

    private static (Located<string>? Text, string Setting) CipherString(
        Located<CipherSpec>? ciphers, TlsProfile profile, Located<string> profileName)
    {
        if (ciphers is null)
        {
            return (profile.CipherString is { } text ? FromProfile(text, profileName) : null, DescribeProfile(profileName));
        }

        if (ciphers.Value.Profile is { } named)
        {
            var source = Profile(named);
            var located = source.CipherString is { } text ? new Located<string>(text, ciphers.Span, ciphers.IsDefault) : null;
            return (located, $"ciphers = {named}");
        }

        var written = ciphers.Value.CipherString ?? string.Empty;
        return (new Located<string>(written, ciphers.Span, ciphers.IsDefault), $"ciphers = \"{MibType.Shorten(written)}\"");
    }

    private static TlsProfile Profile(string name) =>
        TlsProfiles.TryGet(name, out var profile)
            ? profile
            : throw new InvalidOperationException($"TLS profile '{name}' is not defined, but the schema accepted it.");

    private static Located<T> FromProfile<T>(T value, Located<string> profileName) => new(value, profileName.Span, IsDefault: true);

    private CipherStringExpansion Expand(string cipherString)
    {
        if (!cipherLists.TryGetValue(cipherString, out var expansion))
        {
            expansion = CipherStringEvaluator.Evaluate(cipherString, openSsl);
            cipherLists[cipherString] = expansion;
        }

        return expansion;
    }

    private Tls13CipherSuiteList ParseTls13(string ciphersuites)
    {
        if (!tls13Lists.TryGetValue(ciphersuites, out var list))
        {
            list = Tls13CipherSuiteList.Parse(ciphersuites, openSsl);
            tls13Lists[ciphersuites] = list;
        }

        return list;
    }
}
