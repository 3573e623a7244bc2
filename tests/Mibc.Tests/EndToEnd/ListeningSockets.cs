using System.Globalization;
using System.Net;

namespace Mibc.Tests.EndToEnd;

/// <summary>The TCP sockets listening in this process's network namespace, read from /proc/net/tcp and /proc/net/tcp6.</summary>
internal static class ListeningSockets
{
    // The "st" column of a socket in the LISTEN state (TCP_LISTEN in the kernel's tcp_states.h).
    private const string ListenState = "0A";

    /// <summary>Returns the local endpoint of every listening TCP socket, IPv4 and IPv6.</summary>
    public static IReadOnlyList<IPEndPoint> Read() => [.. Parse("/proc/net/tcp"), .. Parse("/proc/net/tcp6")];

    private static IEnumerable<IPEndPoint> Parse(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        // Each line after the header: "sl local_address rem_address st ...", with the address as hex words in host byte order.
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 4 || columns[3] != ListenState)
            {
                continue;
            }

            var local = columns[1].Split(':');
            yield return new IPEndPoint(ParseAddress(local[0]), int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }
    }

    private static IPAddress ParseAddress(string hex)
    {
        // The kernel prints each 32-bit word of the address as one little-endian number.
        var bytes = new byte[hex.Length / 2];
        for (var word = 0; word < bytes.Length / 4; word++)
        {
            var value = uint.Parse(hex.AsSpan(word * 8, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            BitConverter.TryWriteBytes(bytes.AsSpan(word * 4, 4), value);
        }

        return new IPAddress(bytes);
    }
}
