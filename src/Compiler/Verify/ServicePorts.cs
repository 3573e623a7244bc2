using System.Collections.Immutable;

namespace Mibc.Compiler.Verify;

/// <summary>The standard port of each service a box runs, and overrides for boxes behind port forwarding or tests.</summary>
public sealed record ServicePorts(ImmutableDictionary<string, int> Ports)
{
    /// <summary>The IANA ports of the services mibc configures.</summary>
    public static ServicePorts Standard { get; } = new(new Dictionary<string, int>
    {
        ["smtp"] = 25,
        ["submission"] = 587,
        ["submissions"] = 465,
        ["imap"] = 143,
        ["imaps"] = 993,
        ["pop3"] = 110,
        ["pop3s"] = 995,
        ["http"] = 80,
        ["https"] = 443,
        ["ssh"] = 22,
        ["dns"] = 53,
    }.ToImmutableDictionary());

    /// <summary>Returns the port of a service.</summary>
    public int this[string service] => Ports[service];

    /// <summary>Applies overrides written as <c>service=port</c>.</summary>
    /// <exception cref="ArgumentException">An override names an unknown service or an invalid port.</exception>
    public ServicePorts With(IEnumerable<string> overrides)
    {
        var ports = Ports.ToBuilder();
        foreach (var entry in overrides)
        {
            var parts = entry.Split('=', 2);
            if (parts.Length != 2 || !Ports.ContainsKey(parts[0]))
            {
                throw new ArgumentException($"invalid port override '{entry}': write service=port, where service is one of {string.Join(", ", Ports.Keys.Order())}");
            }

            if (!int.TryParse(parts[1], out var port) || port is < 1 or > 65535)
            {
                throw new ArgumentException($"invalid port '{parts[1]}' in '{entry}': use a number from 1 to 65535");
            }

            ports[parts[0]] = port;
        }

        return new ServicePorts(ports.ToImmutable());
    }
}
