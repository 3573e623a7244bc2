using System.Collections.Immutable;
using Mibc.Language.Model;

namespace Mibc.Targets.Profiles;

/// <summary>The releases mibc targets, with the daemon versions their package archives install.</summary>
/// <remarks>
/// Versions are those of the release's packages: Ubuntu's from packages.ubuntu.com (jammy and noble),
/// Debian 12's as <c>apt-get install</c> puts them on a bookworm host with its stable updates.
/// </remarks>
public static class OsTargets
{
    /// <summary>Ubuntu 22.04 LTS (jammy).</summary>
    public static OsTarget Ubuntu2204 { get; } = new(
        OsProfile.Ubuntu2204, "ubuntu_22_04",
        Postfix: new(3, 6, 4), Dovecot: new(2, 3, 16), Nginx: new(1, 18, 0), OpenDkim: new(2, 11, 0), OpenSsl: new(3, 0, 2));

    /// <summary>Ubuntu 24.04 LTS (noble).</summary>
    public static OsTarget Ubuntu2404 { get; } = new(
        OsProfile.Ubuntu2404, "ubuntu_24_04",
        Postfix: new(3, 8, 6), Dovecot: new(2, 3, 21), Nginx: new(1, 24, 0), OpenDkim: new(2, 11, 0), OpenSsl: new(3, 0, 13));

    /// <summary>Debian 12 (bookworm).</summary>
    public static OsTarget Debian12 { get; } = new(
        OsProfile.Debian12, "debian_12",
        Postfix: new(3, 7, 11), Dovecot: new(2, 3, 19, 1), Nginx: new(1, 22, 1), OpenDkim: new(2, 11, 0), OpenSsl: new(3, 0, 19));

    /// <summary>Every target release.</summary>
    public static ImmutableArray<OsTarget> All { get; } = [Ubuntu2204, Ubuntu2404, Debian12];

    /// <summary>Returns the target of a box.mib OS profile.</summary>
    public static OsTarget For(OsProfile profile) =>
        All.FirstOrDefault(target => target.Profile == profile)
        ?? throw new ArgumentOutOfRangeException(nameof(profile), profile, "no target release for this profile");
}
