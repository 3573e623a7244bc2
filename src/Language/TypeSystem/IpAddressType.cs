using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Mibc.Language.Diagnostics;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>An unquoted IPv4 or IPv6 address that a server can listen on and publish.</summary>
public sealed partial class IpAddressType : MibType
{
    private IpAddressType(AddressFamily family) => Family = family;

    /// <summary>IPv4 addresses in dotted decimal, such as <c>203.0.113.10</c>.</summary>
    public static IpAddressType V4 { get; } = new(AddressFamily.InterNetwork);

    /// <summary>IPv6 addresses, such as <c>2001:db8::10</c>.</summary>
    public static IpAddressType V6 { get; } = new(AddressFamily.InterNetworkV6);

    /// <summary>The address family accepted.</summary>
    public AddressFamily Family { get; }

    /// <inheritdoc />
    public override string Name => Family == AddressFamily.InterNetwork ? "ipv4" : "ipv6";

    /// <inheritdoc />
    public override string Expected => Family == AddressFamily.InterNetwork
        ? "an IPv4 address such as 203.0.113.10, without quotes"
        : "an IPv6 address such as 2001:db8::10, without quotes";

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        if (syntax is not WordSyntax word)
        {
            return Mismatch(syntax, context, key);
        }

        var family = Family == AddressFamily.InterNetwork ? "IPv4" : "IPv6";
        var problem = Family == AddressFamily.InterNetwork ? CheckV4(word.Text) : CheckV6(word.Text);
        if (problem is not null)
        {
            context.Report(DiagnosticCatalog.InvalidIpAddress, syntax.Span, family, Shorten(word.Text), key, problem);
            return null;
        }

        var address = IPAddress.Parse(word.Text);
        var scope = DescribeNonPublic(address);
        if (scope is not null)
        {
            context.Report(DiagnosticCatalog.UnreachableAddress, syntax.Span, family, Shorten(word.Text), key, scope);
        }

        return address;
    }

    /// <summary>Names the special range an address is in, or returns null for a public address.</summary>
    /// <remarks>
    /// Documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) pass without a
    /// warning, because samples and docs use them. Ranges follow RFC 6890.
    /// </remarks>
    private static string? DescribeNonPublic(IPAddress address)
    {
        if (IPAddress.IsLoopback(address))
        {
            return "a loopback address";
        }

        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return (bytes[0], bytes[1]) switch
            {
                (10, _) or (172, >= 16 and <= 31) or (192, 168) => "a private address (RFC 1918)",
                (100, >= 64 and <= 127) => "a carrier-grade NAT address (RFC 6598)",
                (169, 254) => "a link-local address",
                _ => null,
            };
        }

        if (address.IsIPv6LinkLocal)
        {
            return "a link-local address";
        }

        return (bytes[0] & 0xFE) == 0xFC ? "a unique local address (RFC 4193)" : null;
    }

    private static string? CheckV4(string text)
    {
        // NOTE: IPAddress.TryParse also takes forms such as "10" or "0x7f.1", which no admin means; only dotted quads pass.
        if (!DottedQuad().IsMatch(text))
        {
            if (text.Contains(':') && text.Contains('.'))
            {
                return "write the address without a port, such as 203.0.113.10; mibc sets every port itself";
            }

            return text.Contains(':')
                ? "this is an IPv6 address: write it as ipv6 = " + text
                : "write four numbers from 0 to 255 separated by dots, without leading zeros";
        }

        var address = IPAddress.Parse(text);
        var first = address.GetAddressBytes()[0];
        return first == 0 || address.Equals(IPAddress.Broadcast) || first is >= 224
            ? "this address cannot be a server's address: use the box's public unicast address"
            : null;
    }

    private static string? CheckV6(string text)
    {
        if (text.Contains('%'))
        {
            return "a zone index such as %eth0 is only for link-local addresses on one machine: write the public address without it";
        }

        if (!text.Contains(':') || !IPAddress.TryParse(text, out var address)
            || address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "write eight groups of hexadecimal digits separated by ':', shortened with '::' at most once";
        }

        var bytes = address.GetAddressBytes();
        if (address.IsIPv4MappedToIPv6 || (bytes.Take(12).All(b => b == 0) && !address.Equals(IPAddress.IPv6Loopback) && !address.Equals(IPAddress.IPv6Any)))
        {
            return "this is an IPv4 address in IPv6 form: write it as ipv4 = " + address.MapToIPv4();
        }

        return address.Equals(IPAddress.IPv6Any) || address.IsIPv6Multicast
            ? "this address cannot be a server's address: use the box's public unicast address"
            : null;
    }

    [GeneratedRegex(@"^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$")]
    private static partial Regex DottedQuad();
}
