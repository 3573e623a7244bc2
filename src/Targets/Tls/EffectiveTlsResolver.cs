using System.Collections.Immutable;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Tls;
using Mibc.Language.Text;
using Mibc.Targets.Profiles;
using Mibc.Targets.Render;

namespace Mibc.Targets.Tls;

/// <summary>
/// Resolves box.mib's TLS settings into the values the daemons get: the named profile first,
/// then each override, limited to what the target's OpenSSL supports.
/// </summary>
/// <remarks>
/// NOTE: this is the one place where TLS values are decided; the Postfix, Dovecot and nginx
/// settings are all formatted from its result.
/// </remarks>
public static class EffectiveTlsResolver
{
    /// <summary>The sizes of the RFC 7919 ffdhe groups, which the bundle can ship as DH parameters.</summary>
    public static readonly ImmutableArray<int> FfdheSizes = [2048, 3072, 4096, 6144, 8192];

    /// <summary>The cipher classes that stay off on opportunistic SMTP: no encryption, no authentication, export grade or under 112 bits.</summary>
    public static readonly ImmutableArray<string> OpportunisticExclusions = ["aNULL", "eNULL", "EXPORT", "LOW", "RC4", "DES", "MD5", "PSK", "SRP"];

    /// <summary>Resolves <paramref name="settings"/> for <paramref name="os"/>; null when an error was reported.</summary>
    /// <param name="settings">The TLS settings of box.mib.</param>
    /// <param name="os">The target release, whose OpenSSL limits protocols and groups.</param>
    /// <param name="report">Receives MIB3xxx diagnostics.</param>
    public static EffectiveTls? Resolve(TlsSettings settings, OsTarget os, Action<Diagnostic> report)
    {
        if (!TlsProfiles.TryGet(settings.Profile.Value, out var profile))
        {
            // NOTE: the schema accepts only profile names the TLS engine defines, so this is a bug in mibc.
            throw new InvalidOperationException($"TLS profile '{settings.Profile.Value}' is not defined.");
        }

        var errors = 0;
        void Report(Diagnostic diagnostic)
        {
            errors += diagnostic.IsError ? 1 : 0;
            report(diagnostic);
        }

        var protocols = ResolveProtocols(settings, profile, os, Report);
        var cipherList = ResolveCipherList(settings, profile, Report);
        var ciphersuites = ResolveCiphersuites(settings, profile, Report);
        var dhBits = ResolveDhBits(settings, profile, Report);
        if (errors > 0 || protocols.IsEmpty)
        {
            return null;
        }

        cipherList = AllowLegacyProtocols(cipherList, protocols[0], os);
        var groups = profile.Groups
            .Where(group => os.OpenSslSeries != OpenSslVersion.V3_0 || group.SupportedByOpenSsl30)
            .Select(group => group.Name)
            .ToImmutableArray();
        var mandatory = new ListenerTls(protocols[0], protocols[^1], cipherList, ciphersuites, groups, dhBits, profile.ServerPreferredOrder);
        var opportunistic = new OpportunisticTls(
            protocols[0] < TlsProtocol.TLSv1 ? protocols[0] : TlsProtocol.TLSv1,
            protocols[^1],
            OpportunisticExclusions);
        return new EffectiveTls(mandatory, opportunistic);
    }

    /// <summary>Returns box.mib's word for a protocol version, as messages show it.</summary>
    public static string WordFor(TlsProtocol version) =>
        Language.Semantics.Schema.LanguageTypes.TlsProtocol.WordFor(version);

    private static ImmutableArray<TlsProtocol> ResolveProtocols(TlsSettings settings, TlsProfile profile, OsTarget os, Action<Diagnostic> report)
    {
        var written = settings.Protocols.IsDefaultOrEmpty
            ? [.. profile.Protocols.Select(protocol => new Located<TlsProtocol>(protocol, settings.Profile.Span, IsDefault: true))]
            : settings.Protocols;

        var usable = new List<Located<TlsProtocol>>();
        foreach (var protocol in written.OrderBy(protocol => protocol.Value))
        {
            if (os.OpenSslSupports(protocol.Value))
            {
                usable.Add(protocol);
                continue;
            }

            report(DiagnosticCatalog.ProtocolNotBuilt.Create(protocol.Span, WordFor(protocol.Value), os.OpenSsl.ToString(2), os.Name));
        }

        if (usable.Count == 0)
        {
            var span = written.IsDefaultOrEmpty ? settings.Profile.Span : written[0].Span;
            report(DiagnosticCatalog.NoUsableProtocol.Create(span, os.OpenSsl.ToString(2), os.Name));
            return [];
        }

        for (var i = 1; i < usable.Count; i++)
        {
            var missing = usable[i - 1].Value + 1;
            if (usable[i].Value > missing)
            {
                report(DiagnosticCatalog.ProtocolGap.Create(
                    usable[i].Span, WordFor(usable[i - 1].Value), WordFor(usable[i].Value), WordFor(missing)));
                return [];
            }
        }

        return [.. usable.Select(protocol => protocol.Value)];
    }

    private static string? ResolveCipherList(TlsSettings settings, TlsProfile profile, Action<Diagnostic> report)
    {
        if (settings.Ciphers is not { } ciphers)
        {
            return profile.CipherString;
        }

        if (ciphers.Value.Profile is { } profileName)
        {
            return TlsProfiles.TryGet(profileName, out var named)
                ? named.CipherString
                : throw new InvalidOperationException($"TLS profile '{profileName}' is not defined.");
        }

        return CipherListText.Normalize(ciphers.Value.CipherString ?? string.Empty, "ciphers", ciphers.Span, report);
    }

    // OpenSSL 3.0 rejects TLS 1.0 and 1.1 above security level 0, because their handshakes sign with SHA-1
    // and MD5 (OpenSSL 3.0 migration guide). So a policy that enables them gets level 0, as Mozilla's
    // generator writes for its old profile, unless its cipher string already sets a level.
    private static string? AllowLegacyProtocols(string? cipherList, TlsProtocol minimum, OsTarget os)
    {
        if (minimum >= TlsProtocol.TLSv1_2 || os.OpenSslSeries != OpenSslVersion.V3_0 || cipherList?.Contains("@SECLEVEL", StringComparison.Ordinal) == true)
        {
            return cipherList;
        }

        return (cipherList ?? "DEFAULT") + ":@SECLEVEL=0";
    }

    private static string ResolveCiphersuites(TlsSettings settings, TlsProfile profile, Action<Diagnostic> report) =>
        settings.Ciphersuites is { } suites
            ? CipherListText.Normalize(suites.Value, "ciphersuites", suites.Span, report) ?? string.Empty
            : profile.Tls13CipherSuites;

    private static int? ResolveDhBits(TlsSettings settings, TlsProfile profile, Action<Diagnostic> report)
    {
        var (bits, span) = settings.DhBits is { } written
            ? (written.Value, written.Span)
            : (profile.DhParameterBits, settings.Profile.Span);
        if (bits is { } size && !FfdheSizes.Contains(size))
        {
            report(DiagnosticCatalog.DhBitsWithoutGroup.Create(span, size));
            return null;
        }

        return bits;
    }
}
