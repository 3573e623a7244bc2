using System.Globalization;
using System.Text;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Tests.DaemonTargets;

/// <summary>
/// Connects to listeners inside a sandbox with <c>openssl s_client</c>, offering one protocol version at a
/// time, and reports what each handshake negotiated.
/// </summary>
public static class TlsProbe
{
    /// <summary>The outcome of one handshake.</summary>
    /// <param name="Protocol">The negotiated protocol as s_client prints it, or "-" when none was.</param>
    /// <param name="Cipher">The negotiated cipher, or "-" when the handshake failed.</param>
    public sealed record Outcome(string Protocol, string Cipher)
    {
        /// <summary>Whether the handshake completed with <paramref name="version"/>.</summary>
        public bool Negotiated(TlsProtocol version) =>
            Cipher != "-" && Protocol == version.ToOpenSslName();
    }

    /// <summary>Probes every listener with every version OpenSSL 3.0 can offer, in one sandbox command.</summary>
    /// <remarks>
    /// TLS 1.0 and 1.1 probes lower the client's OpenSSL security level to 0, because OpenSSL 3.0 rejects
    /// those versions at its default level 1 on the client side too. So the server's settings alone decide.
    /// </remarks>
    public static IReadOnlyDictionary<(string Listener, TlsProtocol Version), Outcome> Run(HostSandbox sandbox, string serverName, IEnumerable<Listener> listeners)
    {
        var script = new StringBuilder("""
            probe() {
              local args=(-brief -connect "127.0.0.1:$2" -servername "$SERVER_NAME" "$4")
              [ "$3" = - ] || args+=(-starttls "$3")
              case "$4" in -tls1|-tls1_1) args+=(-cipher 'DEFAULT:@SECLEVEL=0') ;; esac
              local out protocol cipher
              out=$(timeout 15 openssl s_client "${args[@]}" </dev/null 2>&1)
              protocol=$(printf '%s\n' "$out" | sed -n 's/^Protocol version: *//p' | head -n 1)
              cipher=$(printf '%s\n' "$out" | sed -n 's/^Ciphersuite: *//p' | head -n 1)
              echo "$1 $4 ${protocol:--} ${cipher:--}"
            }

            """);
        script.Append("SERVER_NAME=").Append(HostSandbox.Quote(serverName)).Append('\n');
        var flags = Listener.Probed.ToDictionary(Listener.ClientFlag);
        foreach (var listener in listeners)
        {
            foreach (var flag in flags.Keys)
            {
                script.Append(CultureInfo.InvariantCulture, $"probe {listener.Name} {listener.Port} {listener.StartTls ?? "-"} {flag}\n");
            }
        }

        var outcomes = new Dictionary<(string, TlsProtocol), Outcome>();
        foreach (var line in sandbox.RunChecked(script.ToString(), TimeSpan.FromMinutes(3)).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(' ');
            outcomes[(fields[0], flags[fields[1]])] = new Outcome(fields[2], fields[3]);
        }

        return outcomes;
    }
}
