using System.Diagnostics.CodeAnalysis;

namespace Mibc.Language.Tls;

/// <summary>
/// Conversions between <see cref="OpenSslVersion"/> and version strings such
/// as "3.0", used by the command line and by box.mib.
/// </summary>
public static class OpenSslVersionNames
{
    /// <summary>Returns the short version string, "1.0.1" or "3.0".</summary>
    public static string ToVersionString(this OpenSslVersion version) => version switch
    {
        OpenSslVersion.V1_0_1 => "1.0.1",
        OpenSslVersion.V3_0 => "3.0",
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "unknown OpenSSL version"),
    };

    /// <summary>
    /// Parses "1.0.1" or "3.0"; a patch release such as "3.0.19" or
    /// "1.0.1f" maps to its series.
    /// </summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out OpenSslVersion? version)
    {
        version = null;
        if (text == "3.0" || text.StartsWith("3.0.", StringComparison.Ordinal))
        {
            version = OpenSslVersion.V3_0;
        }
        else if (text == "1.0.1" || (text.Length == 6 && text.StartsWith("1.0.1", StringComparison.Ordinal) && char.IsAsciiLetterLower(text[5])))
        {
            version = OpenSslVersion.V1_0_1;
        }

        return version is not null;
    }
}
