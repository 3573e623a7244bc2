using System.Net;

namespace Mibc.Language.Model;

/// <summary>The machine that runs the box.</summary>
/// <param name="Name">The host name clients and other servers connect to; also the MX target.</param>
/// <param name="Ipv4">The public IPv4 address, if the box has one.</param>
/// <param name="Ipv6">The public IPv6 address, if the box has one.</param>
/// <param name="Os">The operating system release.</param>
/// <param name="Admin">The address that gets reports; a declared user.</param>
/// <param name="MaxMessageSize">The largest message Postfix accepts.</param>
/// <param name="Ssh">How the host's SSH server is set up.</param>
public sealed record HostSettings(
    Located<DomainName> Name,
    Located<IPAddress>? Ipv4,
    Located<IPAddress>? Ipv6,
    Located<OsProfile> Os,
    Located<EmailAddress> Admin,
    Located<ByteSize> MaxMessageSize,
    SshSettings Ssh);
