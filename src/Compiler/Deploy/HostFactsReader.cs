using Mibc.Targets.Deploy;
using Mibc.Targets.Dns;
using Mibc.Targets.Keys;

namespace Mibc.Compiler.Deploy;

/// <summary>
/// Reads the host's SSH public host keys and TLS certificate during <c>mibc plan</c> and keeps them in the key
/// store beside box.mib, so the next build publishes SSHFP and TLSA records for them.
/// </summary>
public static class HostFactsReader
{
    private const string Separator = "----mibc-certificate----";

    /// <summary>What was stored.</summary>
    /// <param name="SshHostKeys">The number of SSH host keys stored; zero when none was found.</param>
    /// <param name="CertificateStored">Whether the certificate's public key was stored.</param>
    public sealed record Outcome(int SshHostKeys, bool CertificateStored);

    /// <summary>Reads the facts over the connection and writes them to the key store of <paramref name="sourceDirectory"/>.</summary>
    /// <param name="connection">The verified connection.</param>
    /// <param name="sourceDirectory">The directory of box.mib.</param>
    /// <param name="root">The <c>--root</c> directory on the host, or null for the real paths.</param>
    /// <param name="cancellation">Stops the reading.</param>
    /// <exception cref="RemoteHostException">The host could not be read.</exception>
    public static async Task<Outcome> ReadAsync(HostConnection connection, string sourceDirectory, string? root, CancellationToken cancellation)
    {
        var prefix = root?.TrimEnd('/') ?? string.Empty;
        var script = $"cat {ShellQuote.Quote(prefix + "/etc/ssh")}/ssh_host_*_key.pub 2>/dev/null; echo {Separator}; cat {ShellQuote.Quote(prefix + "/etc/mibc/tls/cert.pem")} 2>/dev/null; true";
        var result = await connection.RunAsync(connection.RootPrefix + "sh -c " + ShellQuote.Quote(script), cancellation);
        if (result.ExitStatus != 0)
        {
            throw new RemoteHostException($"reading the host keys on {connection.Endpoint} failed (exit {result.ExitStatus}): {result.Error.Trim()}");
        }

        var parts = result.OutputText.Split(Separator, 2);
        var store = new KeyStore(sourceDirectory, allowWrites: true);
        var keys = SshHostKeyFile.Write(store, parts[0].Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var certificateStored = false;
        if (parts.Length == 2 && parts[1].Contains("BEGIN CERTIFICATE", StringComparison.Ordinal))
        {
            try
            {
                CertificateKeyFile.Write(store, parts[1]);
                certificateStored = true;
            }
            catch (FormatException)
            {
                // A damaged certificate on the host is apply.sh's to replace; TLSA records wait until then.
            }
        }

        return new Outcome(keys, certificateStored);
    }
}
