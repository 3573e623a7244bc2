using Mibc.Language.Model;

namespace Mibc.Language.Tls;

/// <summary>The OpenSSL release each target operating system ships.</summary>
public static class TargetOpenSsl
{
    /// <summary>
    /// Returns the OpenSSL release of an OS profile: 3.0 for Ubuntu 22.04 (3.0.2), Ubuntu 24.04 (3.0.13) and
    /// Debian 12 (3.0.x).
    /// </summary>
    public static OpenSslVersion For(OsProfile os) => os switch
    {
        OsProfile.Ubuntu2204 or OsProfile.Ubuntu2404 or OsProfile.Debian12 => OpenSslVersion.V3_0,
        _ => throw new ArgumentOutOfRangeException(nameof(os), os, "unknown OS profile"),
    };
}
