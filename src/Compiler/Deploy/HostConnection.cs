using System.Text;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace Mibc.Compiler.Deploy;

/// <summary>
/// An SSH connection to a host whose key passed verification: commands over one session, files over SFTP.
/// </summary>
/// <remarks>
/// NOTE: SSH.NET opens SFTP on its own connection, so the host key is verified again there before any file is sent.
/// Commands run as the remote user, through <c>sudo -n</c> when that user is not root.
/// </remarks>
public sealed class HostConnection : IDisposable
{
    private readonly SshClient ssh;
    private readonly ConnectionInfo connectionInfo;
    private readonly HostKeyVerifier verifier;
    private SftpClient? sftp;

    private HostConnection(SshEndpoint endpoint, ConnectionInfo connectionInfo, HostKeyVerifier verifier, SshClient ssh)
    {
        Endpoint = endpoint;
        this.connectionInfo = connectionInfo;
        this.verifier = verifier;
        this.ssh = ssh;
    }

    /// <summary>The host this connection talks to.</summary>
    public SshEndpoint Endpoint { get; }

    /// <summary>The prefix for commands that need root: empty for root, <c>sudo -n </c> otherwise.</summary>
    public string RootPrefix { get; private set; } = string.Empty;

    /// <summary>Connects, verifies the host key and authenticates with the given keys.</summary>
    /// <exception cref="HostKeyRejectedException">The host key did not pass; nothing was sent.</exception>
    /// <exception cref="SshException">The connection or authentication failed.</exception>
    /// <exception cref="System.Net.Sockets.SocketException">The host could not be reached.</exception>
    public static async Task<HostConnection> OpenAsync(SshEndpoint endpoint, IReadOnlyList<IPrivateKeySource> keys, HostKeyVerifier verifier, TimeSpan timeout, CancellationToken cancellation)
    {
        var info = new ConnectionInfo(endpoint.Host, endpoint.Port, endpoint.User, new PrivateKeyAuthenticationMethod(endpoint.User, [.. keys]))
        {
            Timeout = timeout,
        };
        PreferKeyTypes(info, verifier.KeyTypesFor(endpoint));

        var ssh = new SshClient(info) { KeepAliveInterval = TimeSpan.FromSeconds(15) };
        try
        {
            await ConnectVerifiedAsync(ssh, endpoint, verifier, cancellation);
            var connection = new HostConnection(endpoint, info, verifier, ssh);
            var id = await connection.RunAsync("id -u", cancellation);
            connection.RootPrefix = id.OutputText.Trim() == "0" ? string.Empty : "sudo -n ";
            return connection;
        }
        catch
        {
            ssh.Dispose();
            throw;
        }
    }

    /// <summary>Runs a command and collects its output.</summary>
    public async Task<RemoteResult> RunAsync(string command, CancellationToken cancellation)
    {
        using var run = ssh.CreateCommand(command);
        await run.ExecuteAsync(cancellation);
        using var output = new MemoryStream();
        await run.OutputStream.CopyToAsync(output, cancellation);
        return new RemoteResult(run.ExitStatus ?? -1, output.ToArray(), run.Error);
    }

    /// <summary>Runs a command with standard error merged into standard output, passing each line on as it arrives.</summary>
    /// <returns>The exit status, or -1 when the command ended without one.</returns>
    public async Task<int> RunStreamingAsync(string command, Action<string> onLine, CancellationToken cancellation)
    {
        using var run = ssh.CreateCommand(command + " 2>&1");
        var execution = run.ExecuteAsync(cancellation);
        using var reader = new StreamReader(run.OutputStream, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellation) is { } line)
        {
            onLine(line);
        }

        await execution;
        return run.ExitStatus ?? -1;
    }

    /// <summary>Returns the SFTP client, connecting and verifying the host key on first use.</summary>
    public async Task<SftpClient> SftpAsync(CancellationToken cancellation)
    {
        if (sftp is null)
        {
            var client = new SftpClient(connectionInfo) { KeepAliveInterval = TimeSpan.FromSeconds(15) };
            try
            {
                await ConnectVerifiedAsync(client, Endpoint, verifier, cancellation);
            }
            catch
            {
                client.Dispose();
                throw;
            }

            sftp = client;
        }

        return sftp;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        sftp?.Dispose();
        ssh.Dispose();
    }

    private static async Task ConnectVerifiedAsync(BaseClient client, SshEndpoint endpoint, HostKeyVerifier verifier, CancellationToken cancellation)
    {
        HostKeyVerdict? verdict = null;
        client.HostKeyReceived += (_, args) =>
        {
            verdict = verifier.Verify(endpoint, SshPublicKey.FromBlob(args.HostKey));
            args.CanTrust = verdict.Accepted;
        };

        try
        {
            await client.ConnectAsync(cancellation);
        }
        catch (SshConnectionException) when (verdict is { Accepted: false })
        {
            throw new HostKeyRejectedException(verdict);
        }
    }

    // Like OpenSSH, request first the key types the trusted source records for this host.
    // A host with several keys then sends the one that can be checked; other types stay as a fallback.
    private static void PreferKeyTypes(ConnectionInfo info, IReadOnlySet<string>? keyTypes)
    {
        if (keyTypes is null || keyTypes.Count == 0)
        {
            return;
        }

        var all = info.HostKeyAlgorithms.ToList();
        var preferred = all.Where(pair => keyTypes.Contains(KeyTypeOf(pair.Key))).ToList();
        info.HostKeyAlgorithms.Clear();
        foreach (var pair in preferred.Concat(all.Except(preferred)))
        {
            info.HostKeyAlgorithms.Add(pair.Key, pair.Value);
        }
    }

    private static string KeyTypeOf(string algorithm) => algorithm switch
    {
        "rsa-sha2-256" or "rsa-sha2-512" => "ssh-rsa",
        _ => algorithm,
    };
}
