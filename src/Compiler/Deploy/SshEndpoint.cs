using System.Globalization;

namespace Mibc.Compiler.Deploy;

/// <summary>Where mibc connects: a user, a host name or address, and a port.</summary>
/// <param name="User">The remote user; root, or a user with password-less sudo.</param>
/// <param name="Host">The host name or IP address, without brackets.</param>
/// <param name="Port">The TCP port of sshd.</param>
public sealed record SshEndpoint(string User, string Host, int Port)
{
    /// <summary>The port sshd listens on unless box.mib or the command line sets another.</summary>
    public const int DefaultPort = 22;

    /// <summary>The name OpenSSH files this host under in known_hosts: <c>host</c> on port 22, else <c>[host]:port</c>.</summary>
    public string KnownHostsName => Port == DefaultPort ? Host.ToLowerInvariant() : $"[{Host.ToLowerInvariant()}]:{Port}";

    /// <summary>Parses <c>user@host[:port]</c>; IPv6 addresses go in brackets, as in <c>root@[2001:db8::1]:2222</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="defaultUser">The user when the text names none.</param>
    /// <param name="defaultPort">The port when the text names none.</param>
    /// <exception cref="FormatException">The text is not of that form.</exception>
    public static SshEndpoint Parse(string text, string defaultUser, int defaultPort)
    {
        var user = defaultUser;
        var rest = text.Trim();
        var at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            user = rest[..at];
            rest = rest[(at + 1)..];
        }

        string host;
        string? portText = null;
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']');
            if (close < 0)
            {
                throw Invalid(text, "the '[' before an IPv6 address has no ']'");
            }

            host = rest[1..close];
            var after = rest[(close + 1)..];
            if (after.Length > 0)
            {
                portText = after.StartsWith(':') ? after[1..] : throw Invalid(text, "only ':port' may follow ']'");
            }
        }
        else
        {
            var colon = rest.IndexOf(':');
            if (colon >= 0 && rest.IndexOf(':', colon + 1) >= 0)
            {
                throw Invalid(text, "write an IPv6 address in brackets, as in root@[2001:db8::1]:22");
            }

            host = colon >= 0 ? rest[..colon] : rest;
            portText = colon >= 0 ? rest[(colon + 1)..] : null;
        }

        if (user.Length == 0 || user.Any(char.IsWhiteSpace))
        {
            throw Invalid(text, "the user name is empty or has spaces");
        }

        if (host.Length == 0 || host.Any(char.IsWhiteSpace))
        {
            throw Invalid(text, "the host is empty or has spaces");
        }

        var port = defaultPort;
        if (portText is not null && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw Invalid(text, $"the port '{portText}' is not a number from 1 to 65535");
        }

        return new SshEndpoint(user, host, port);
    }

    /// <inheritdoc />
    public override string ToString() => $"{User}@{(Host.Contains(':') ? $"[{Host}]" : Host)}:{Port}";

    private static FormatException Invalid(string text, string reason) =>
        new($"invalid host '{text}': {reason}; expected user@host[:port]");
}
