using System.Collections.Immutable;
using Mibc.Language.Model;

namespace Mibc.Targets.Deploy;

/// <summary>The Debian packages each service needs, per OS profile, and how the profile appears in /etc/os-release.</summary>
public static class OsPackages
{
    // NOTE: Ubuntu 22.04, Ubuntu 24.04 and Debian 12 name these packages alike;
    // a release that renames one needs its own table in PackagesOf.
    private static readonly ImmutableDictionary<string, ImmutableArray<string>> CommonPackages =
        new Dictionary<string, ImmutableArray<string>>
        {
            ["postfix"] = ["postfix"],
            ["dovecot"] = ["dovecot-core", "dovecot-imapd", "dovecot-pop3d", "dovecot-lmtpd"],
            ["nginx"] = ["nginx"],
            ["nsd"] = ["nsd"],
            ["opendkim"] = ["opendkim", "opendkim-tools"],
        }.ToImmutableDictionary();

    /// <summary>Packages every box needs: OpenSSL makes the self-signed certificate.</summary>
    public static ImmutableArray<string> BasePackages { get; } = ["openssl", "ca-certificates"];

    /// <summary>Returns the packages for the given services on <paramref name="os"/>, base packages first.</summary>
    public static ImmutableArray<string> For(OsProfile os, IEnumerable<string> services)
    {
        var table = PackagesOf(os);
        return [.. BasePackages.Concat(services.SelectMany(service => table.GetValueOrDefault(service, []))).Distinct()];
    }

    /// <summary>Returns the <c>ID</c> and <c>VERSION_ID</c> that /etc/os-release shows on the profile's release.</summary>
    public static (string Id, string Version) OsRelease(OsProfile os) => os switch
    {
        OsProfile.Ubuntu2204 => ("ubuntu", "22.04"),
        OsProfile.Ubuntu2404 => ("ubuntu", "24.04"),
        OsProfile.Debian12 => ("debian", "12"),
        _ => throw new ArgumentOutOfRangeException(nameof(os), os, "unknown OS profile"),
    };

    private static ImmutableDictionary<string, ImmutableArray<string>> PackagesOf(OsProfile os) => os switch
    {
        OsProfile.Ubuntu2204 or OsProfile.Ubuntu2404 or OsProfile.Debian12 => CommonPackages,
        _ => throw new ArgumentOutOfRangeException(nameof(os), os, "unknown OS profile"),
    };
}
