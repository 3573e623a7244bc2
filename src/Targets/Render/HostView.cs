using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using Mibc.Language.Model;

namespace Mibc.Targets.Render;

/// <summary>The host as configs name it.</summary>
/// <param name="Name">The host name in ASCII form, such as <c>mail.example.org</c>.</param>
/// <param name="Admin">The admin's address, which gets bounces and reports.</param>
/// <param name="MaxMessageBytes">The largest message accepted, in bytes.</param>
/// <param name="HasIpv4">Whether the host has a public IPv4 address, so daemons listen on IPv4.</param>
/// <param name="HasIpv6">Whether the host has a public IPv6 address, so daemons listen on IPv6.</param>
/// <param name="ListenAddresses">
/// The only addresses Postfix, Dovecot and nginx listen on, with IPv6 addresses in brackets, such as
/// <c>[::1]</c>; empty when they listen on every address of the host.
/// </param>
public sealed record HostView(string Name, string Admin, long MaxMessageBytes, bool HasIpv4, bool HasIpv6, ImmutableArray<string> ListenAddresses)
{
    /// <summary>Describes the host of a checked box.</summary>
    public static HostView From(HostSettings host)
    {
        var addresses = new[] { host.Ipv4?.Value, host.Ipv6?.Value }.OfType<IPAddress>().ToList();

        // NOTE: a box whose every address is loopback (a local test box, which MIB1031 flags) listens there
        // only, so that it never serves the machine's other interfaces. Any other box listens on every
        // address: a box behind 1:1 NAT does not have its public address on an interface, and `postfix
        // check` and `nginx -t` fail on an address the machine lacks, as on a staging machine under --root.
        var loopbackOnly = addresses.All(IPAddress.IsLoopback);
        return new HostView(
            host.Name.Value.Ascii,
            host.Admin.Value.Ascii,
            host.MaxMessageSize.Value.Bytes,
            host.Ipv4 is not null,
            host.Ipv6 is not null,
            loopbackOnly ? [.. addresses.Select(Format)] : []);
    }

    private static string Format(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
}
