namespace Mibc.Targets.Render;

/// <summary>The host as configs name it.</summary>
/// <param name="Name">The host name in ASCII form, such as <c>mail.example.org</c>.</param>
/// <param name="Admin">The admin's address, which gets bounces and reports.</param>
/// <param name="MaxMessageBytes">The largest message accepted, in bytes.</param>
/// <param name="HasIpv4">Whether the host has a public IPv4 address, so daemons listen on IPv4.</param>
/// <param name="HasIpv6">Whether the host has a public IPv6 address, so daemons listen on IPv6.</param>
public sealed record HostView(string Name, string Admin, long MaxMessageBytes, bool HasIpv4, bool HasIpv6);
