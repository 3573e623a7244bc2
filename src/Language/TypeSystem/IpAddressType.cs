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

        return IPAddress.Parse(word.Text);
    }

    private static string? CheckV4(string text)
    {
        // NOTE: IPAddress.TryParse also takes forms such as "10" or "0x7f.1", which no admin means; only dotted quads pass.
        if (!DottedQuad().IsMatch(text))
        {
            return text.Contains(':')
                ? "this is an IPv6 address: write it as ipv6 = " + text
                : "write four numbers from 0 to 255 separated by dots, without leading zeros";
        }

        var address = IPAddress.Parse(text);
        var first = address.GetAddressBytes()[0];
        return address.Equals(IPAddress.Any) || address.Equals(IPAddress.Broadcast) || first is >= 224
            ? "this address cannot be a server's address: use the box's public unicast address"
            : null;
    }

    private static string? CheckV6(string text)
    {
        if (!text.Contains(':') || !IPAddress.TryParse(text, out var address)
            || address.AddressFamily != AddressFamily.InterNetworkV6 || text.Contains('%'))
        {
            return "write eight groups of hexadecimal digits separated by ':', shortened with '::' at most once";
        }

        return address.Equals(IPAddress.IPv6Any) || address.IsIPv6Multicast
            ? "this address cannot be a server's address: use the box's public unicast address"
            : null;
    }

    [GeneratedRegex(@"^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$")]
    private static partial Regex DottedQuad();
}
