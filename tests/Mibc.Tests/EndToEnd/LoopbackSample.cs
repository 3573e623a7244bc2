using System.Text.RegularExpressions;
using Mibc.Tests.Support;

namespace Mibc.Tests.EndToEnd;

/// <summary>
/// samples/box.mib rewritten to be deployed on this machine. The box's addresses become 127.0.0.1 and ::1, so the
/// daemons listen on loopback only and nothing outside the machine can reach them. <c>os</c> becomes this
/// machine's release, because apply.sh refuses to run on another one. Everything else is the sample as shipped.
/// </summary>
internal static partial class LoopbackSample
{
    private const string Source = "samples/box.mib";

    /// <summary>The sample's password of each user: "LOCALPART-sample-password", as stated in its header comment.</summary>
    public static string PasswordOf(string address) => address[..address.IndexOf('@')] + "-sample-password";

    /// <summary>Returns the rewritten sample text.</summary>
    /// <param name="withIpv6">Whether to keep an IPv6 address (as ::1); drop it on machines whose loopback has no IPv6.</param>
    public static string Text(bool withIpv6)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, Source));
        text = TextEdit.ReplaceOnce(Ipv4Line(), text, "ipv4  = 127.0.0.1", Source);
        text = TextEdit.ReplaceOnce(Ipv6Line(), text, withIpv6 ? "ipv6  = ::1" : string.Empty, Source);
        return TextEdit.ReplaceOnce(OsLine(), text, "os    = " + ThisMachineOs(), Source);
    }

    /// <summary>Whether this machine's loopback interface has the IPv6 address ::1 (containers often run without IPv6).</summary>
    public static bool HasIpv6Loopback() =>
        File.Exists("/proc/net/if_inet6")
        && File.ReadLines("/proc/net/if_inet6").Any(line => line.StartsWith("00000000000000000000000000000001 ", StringComparison.Ordinal));

    /// <summary>Returns box.mib's name of this machine's release, read from /etc/os-release.</summary>
    /// <exception cref="InvalidOperationException">The machine runs a release mibc has no target for.</exception>
    public static string ThisMachineOs()
    {
        var fields = File.ReadLines("/etc/os-release")
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1].Trim('"'), StringComparer.Ordinal);
        var release = $"{fields.GetValueOrDefault("ID")} {fields.GetValueOrDefault("VERSION_ID")}";
        return release switch
        {
            "debian 12" => "debian_12",
            "ubuntu 22.04" => "ubuntu_22_04",
            "ubuntu 24.04" => "ubuntu_24_04",
            _ => throw new InvalidOperationException($"this machine runs {release}, which mibc has no target for; the end-to-end test needs Debian 12, Ubuntu 22.04 or Ubuntu 24.04"),
        };
    }

    [GeneratedRegex(@"ipv4\s*=\s*\S+")]
    private static partial Regex Ipv4Line();

    [GeneratedRegex(@"ipv6\s*=\s*\S+")]
    private static partial Regex Ipv6Line();

    [GeneratedRegex(@"\bos\s*=\s*\w+")]
    private static partial Regex OsLine();
}
