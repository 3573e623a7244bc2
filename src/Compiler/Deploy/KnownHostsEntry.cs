using System.Security.Cryptography;
using System.Text;
using Mibc.Language.Text;

namespace Mibc.Compiler.Deploy;

/// <summary>One key line of an OpenSSH known_hosts file.</summary>
/// <param name="Location">The line, for diagnostics.</param>
/// <param name="Marker">The marker before the hosts, <c>@revoked</c> or <c>@cert-authority</c>, or null.</param>
/// <param name="Hosts">The host field: comma-separated patterns, or one hashed name <c>|1|salt|hash</c>.</param>
/// <param name="Key">The public key.</param>
public sealed record KnownHostsEntry(SourceSpan Location, string? Marker, string Hosts, SshPublicKey Key)
{
    /// <summary>Whether the line applies to <paramref name="knownHostsName"/>, as OpenSSH's ssh matches it.</summary>
    /// <param name="knownHostsName">The host as known_hosts files it, such as <c>[127.0.0.1]:2222</c>; see <see cref="SshEndpoint.KnownHostsName"/>.</param>
    public bool Matches(string knownHostsName)
    {
        if (Hosts.StartsWith("|1|", StringComparison.Ordinal))
        {
            return MatchesHashed(knownHostsName);
        }

        // A negated pattern that matches rules the line out, whatever else matches.
        var matched = false;
        foreach (var pattern in Hosts.Split(','))
        {
            var negated = pattern.StartsWith('!');
            if (WildcardMatch(negated ? pattern[1..] : pattern, knownHostsName))
            {
                if (negated)
                {
                    return false;
                }

                matched = true;
            }
        }

        return matched;
    }

    // Hashed names (ssh-keygen -H) are |1|base64(salt)|base64(HMAC-SHA1(salt, name)).
    private bool MatchesHashed(string knownHostsName)
    {
        var parts = Hosts.Split('|');
        if (parts.Length != 4)
        {
            return false;
        }

        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = HMACSHA1.HashData(salt, Encoding.UTF8.GetBytes(knownHostsName));
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    // OpenSSH's match_pattern: '*' is any run of characters, '?' one character, case-insensitive.
    private static bool WildcardMatch(string pattern, string text)
    {
        int p = 0, t = 0, starPattern = -1, starText = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t])))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starPattern = p++;
                starText = t;
            }
            else if (starPattern >= 0)
            {
                p = starPattern + 1;
                t = ++starText;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
