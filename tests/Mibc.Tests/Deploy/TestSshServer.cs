using System.Diagnostics;
using System.Net.Sockets;
using Mibc.Tests.Support;

namespace Mibc.Tests.Deploy;

/// <summary>
/// A real OpenSSH server on 127.0.0.1 with a temporary host key, one authorized client key and its own pid file.
/// </summary>
/// <remarks>Deploy tests use ports 22000-22999; each test class takes its own port so classes can run in parallel.</remarks>
internal sealed class TestSshServer : IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly Process process;

    public TestSshServer(int port)
    {
        Port = port;
        HostKeyPath = directory.Combine("ssh_host_ed25519_key");
        ClientKeyPath = directory.Combine("client_ed25519");
        KnownHostsPath = directory.Combine("known_hosts");
        PidFile = directory.Combine("sshd.pid");

        KeyGen(HostKeyPath, "ed25519");
        KeyGen(ClientKeyPath, "ed25519");
        File.Copy(ClientKeyPath + ".pub", directory.Combine("authorized_keys"));
        HostPublicKey = File.ReadAllText(HostKeyPath + ".pub").Trim();
        File.WriteAllText(KnownHostsPath, $"[127.0.0.1]:{port} {HostPublicKey}\n");

        var config = directory.Combine("sshd_config");
        File.WriteAllText(config, $"""
            Port {port}
            ListenAddress 127.0.0.1
            HostKey {HostKeyPath}
            PidFile {PidFile}
            AuthorizedKeysFile {directory.Combine("authorized_keys")}
            StrictModes no
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin prohibit-password
            Subsystem sftp internal-sftp
            LogLevel VERBOSE

            """);

        // The openssh-server package makes this directory at boot through tmpfiles; a fresh container may lack it.
        Directory.CreateDirectory("/run/sshd");
        process = ProcessRunner.Start("/usr/sbin/sshd", ["-D", "-e", "-f", config]);
        process.ErrorDataReceived += (_, line) => { lock (log) { log.Add(line.Data ?? string.Empty); } };
        process.BeginErrorReadLine();
        WaitUntilListening();
    }

    private readonly List<string> log = [];

    public int Port { get; }

    public string HostKeyPath { get; }

    public string HostPublicKey { get; }

    public string ClientKeyPath { get; }

    public string KnownHostsPath { get; }

    public string PidFile { get; }

    public string Host => $"root@127.0.0.1:{Port}";

    /// <summary>The host key's fingerprint as ssh-keygen prints it.</summary>
    public string Fingerprint => ProcessRunner.Run("ssh-keygen", ["-lf", HostKeyPath + ".pub"]).Output.Split(' ')[1];

    public string Log
    {
        get
        {
            lock (log)
            {
                return string.Join('\n', log);
            }
        }
    }

    /// <summary>Kills the per-connection sshd processes, which cuts every open session; the listener keeps running.</summary>
    public int KillSessions()
    {
        var children = ProcessRunner.Run("pgrep", ["-P", process.Id.ToString()]).Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(int.Parse)
            .ToList();
        foreach (var pid in children)
        {
            try
            {
                Process.GetProcessById(pid).Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
                // The session ended by itself in the meantime.
            }
        }

        return children.Count;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
        directory.Dispose();
    }

    private static void KeyGen(string path, string type)
    {
        var result = ProcessRunner.Run("ssh-keygen", ["-q", "-t", type, "-N", "", "-C", "mibc-test", "-f", path]);
        Assert.True(result.ExitCode == 0, result.All);
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"sshd exited with {process.ExitCode}: {Log}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"sshd did not listen on 127.0.0.1:{Port} within 15 s: {Log}");
    }
}
