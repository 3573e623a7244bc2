using System.Diagnostics;
using System.Text;
using Mibc.Targets.Bundles;
using Mibc.Targets.Deploy;

namespace Mibc.Tests.DaemonTargets;

/// <summary>
/// A throwaway copy of this host in which a bundle's files sit at their real target paths and the real
/// daemons run from them, without touching the host's own files, ports or processes.
/// </summary>
/// <remarks>
/// <para>
/// The sandbox is a set of Linux namespaces made with <c>unshare</c>: a mount namespace in which /etc and
/// /var are overlays on the host's directories, with their changes on a tmpfs, and /run, Postfix's queue
/// and Postfix's data directory are empty tmpfs mounts; a network namespace with only a loopback
/// interface, so the daemons listen on their real ports (25, 587, 465, 993, 995, 80, 443) where no other
/// test or service can collide with them; and a PID namespace, so that killing its first process by
/// its PID stops everything started inside.
/// </para>
/// <para>
/// Nothing in a bundle is rewritten: files are installed from the manifest with their mode, owner and
/// group, a throwaway self-signed certificate is made at the shared certificate path, and the daemons read
/// their default configuration paths. The namespaces and their tmpfs vanish with the last process.
/// </para>
/// NOTE: this needs root (CAP_SYS_ADMIN) and a kernel with overlayfs, as the test machines have.
/// </remarks>
public sealed class HostSandbox : IDisposable
{
    // NOTE: the first process lives at most this long, so a crashed test run leaves nothing behind for long.
    private const int LifetimeSeconds = 900;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process unshare;
    private readonly DirectoryInfo workDirectory;
    private readonly List<string> pidFiles = [];

    private HostSandbox(Process unshare, int initPid, DirectoryInfo workDirectory)
    {
        this.unshare = unshare;
        InitPid = initPid;
        this.workDirectory = workDirectory;
    }

    /// <summary>The host PID of the sandbox's first process; killing it ends the sandbox.</summary>
    public int InitPid { get; }

    /// <summary>Creates a sandbox; dispose it to end it.</summary>
    /// <exception cref="InvalidOperationException">The namespaces could not be made, such as when not running as root.</exception>
    public static HostSandbox Create()
    {
        var work = Directory.CreateTempSubdirectory("mibc-sandbox-");
        var layers = Directory.CreateDirectory(Path.Combine(work.FullName, "layers"));
        var script = $$"""
            set -eu
            layers="$1"
            mount -t tmpfs -o mode=0700 mibc-sandbox "$layers"
            for dir in etc var; do
              mkdir "$layers/$dir-upper" "$layers/$dir-work"
              mount -t overlay overlay -o "lowerdir=/$dir,upperdir=$layers/$dir-upper,workdir=$layers/$dir-work" "/$dir"
            done
            mount -t tmpfs -o mode=0755 run /run
            mount -t tmpfs -o mode=0755 postfix-queue /var/spool/postfix
            mount -t tmpfs -o "mode=0700,uid=$(id -u postfix),gid=$(id -g postfix)" postfix-data /var/lib/postfix
            ip link set lo up
            echo ready
            exec 1>/dev/null 2>&1
            # Wait in short steps, so that bash reaps the daemons' exited processes as they end.
            for _ in $(seq {{LifetimeSeconds}}); do sleep 1 & wait $!; done
            """;

        var start = new ProcessStartInfo("unshare")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--mount", "--net", "--pid", "--fork", "--mount-proc", "--propagation", "private", "--kill-child", "bash", "-c", script, "sandbox", layers.FullName })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("unshare did not start.");
        var ready = process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(StartTimeout) || ready.Result != "ready")
        {
            var error = process.HasExited ? process.StandardError.ReadToEnd() : "(still running)";
            KillQuietly(process);
            work.Delete(recursive: true);
            throw new InvalidOperationException($"The sandbox did not start (unshare and overlay mounts need root): {error}");
        }

        var initPid = ReadChildPid(process.Id);
        return new HostSandbox(process, initPid, work);
    }

    /// <summary>Runs a bash script inside the sandbox and returns what it printed.</summary>
    /// <exception cref="TimeoutException">The script ran longer than <paramref name="timeout"/>; it was killed.</exception>
    public SandboxResult Run(string script, TimeSpan? timeout = null, string? input = null)
    {
        var start = new ProcessStartInfo("nsenter")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--target", InitPid.ToString(System.Globalization.CultureInfo.InvariantCulture), "--mount", "--net", "--pid", "--wd=/", "--", "bash", "-c", script })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("nsenter did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        // NOTE: a daemon that keeps this command's output pipe open would keep the reads waiting after the
        // command exits, so they are bounded too; StartDaemon gives daemons a log file instead.
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        if (!process.WaitForExit(limit) || !Task.WaitAll([output, error], limit))
        {
            KillQuietly(process);
            throw new TimeoutException($"Sandbox command did not finish within {limit}: {script}");
        }

        return new SandboxResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs a script and fails the test when it exits with an error.</summary>
    public string RunChecked(string script, TimeSpan? timeout = null)
    {
        var result = Run(script, timeout);
        Assert.True(result.ExitCode == 0, $"Sandbox command failed with exit code {result.ExitCode}: {script}\n{result.All}");
        return result.Output;
    }

    /// <summary>
    /// Installs every file of a bundle at its target path with the manifest's mode, owner and group, as
    /// apply.sh does; an owner or group missing on the host fails the install.
    /// </summary>
    public BundleManifest InstallBundle(string bundleDirectory)
    {
        var manifest = BundleWriter.ReadManifest(bundleDirectory);
        var script = new StringBuilder("set -eu\n");
        foreach (var file in manifest.Files)
        {
            script.Append("install -D")
                .Append(" -m ").Append(Quote(file.Mode))
                .Append(" -o ").Append(Quote(file.Owner))
                .Append(" -g ").Append(Quote(file.Group))
                .Append(' ').Append(Quote(Path.Combine(bundleDirectory, file.Path)))
                .Append(' ').Append(Quote(file.Target)).Append('\n');
        }

        RunChecked(script.ToString());
        return manifest;
    }

    /// <summary>
    /// Makes a throwaway self-signed certificate and key at the paths the configs name, with the key type,
    /// digest and names apply.sh would use at first apply, but valid for two days only.
    /// </summary>
    public void MakeCertificate(SelfSignedCertificate certificate)
    {
        var key = string.Join(' ', certificate.KeyArguments.Select(Quote));
        var names = Quote("subjectAltName=" + string.Join(',', certificate.Names.Select(name => "DNS:" + name)));
        RunChecked($"""
            set -eu
            install -d -m 0755 /etc/mibc/tls
            openssl req -x509 -new {key} -{certificate.Digest} -days 2 -nodes -subj {Quote("/CN=" + certificate.CommonName)} \
              -addext {names} -keyout /etc/mibc/tls/key.pem -out /etc/mibc/tls/cert.pem 2>/dev/null
            chmod 0600 /etc/mibc/tls/key.pem
            """);
    }

    /// <summary>
    /// Starts a daemon and remembers its pid file, so that <see cref="Dispose"/> stops it by that pid.
    /// </summary>
    /// <param name="command">The start command, such as <c>postfix start</c>.</param>
    /// <param name="pidFile">The pid file the daemon writes.</param>
    public void StartDaemon(string command, string pidFile)
    {
        // The daemon's standard streams go to a file, so it holds no pipe of this process open.
        pidFiles.Add(pidFile);
        RunChecked($"""
            log=$(mktemp)
            {command} </dev/null >"$log" 2>&1
            status=$?
            cat "$log"
            exit $status
            """);
        var found = Run($"for _ in $(seq 100); do [ -s {Quote(pidFile)} ] && exit 0; sleep 0.1; done; exit 1");
        Assert.True(found.ExitCode == 0, $"'{command}' wrote no pid file {pidFile} within 10 seconds.");
    }

    /// <summary>Waits until something listens on a TCP port on 127.0.0.1, for at most ten seconds.</summary>
    public void WaitForPort(int port)
    {
        var result = Run($"for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/{port}) 2>/dev/null && exit 0; sleep 0.1; done; exit 1");
        Assert.True(result.ExitCode == 0, $"Nothing listens on port {port} after 10 seconds.");
    }

    /// <summary>Stops each started daemon by its pid, then ends the sandbox by killing its first process.</summary>
    public void Dispose()
    {
        try
        {
            foreach (var pidFile in pidFiles)
            {
                // Send TERM to the pid in the file and wait, at most ten seconds, until the process is gone.
                Run($"""
                    pid=$(cat {Quote(pidFile)} 2>/dev/null | tr -d ' \n') || exit 0
                    [ -n "$pid" ] || exit 0
                    kill -TERM "$pid" 2>/dev/null || exit 0
                    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.1; done
                    kill -KILL "$pid" 2>/dev/null || true
                    """, TimeSpan.FromSeconds(30));
            }
        }
        finally
        {
            KillQuietly(InitPid);
            KillQuietly(unshare);
            unshare.Dispose();
            try
            {
                workDirectory.Delete(recursive: true);
            }
            catch (IOException)
            {
                // The tmpfs mount point may still be busy for a moment; a leftover empty directory in /tmp is harmless.
            }
        }
    }

    /// <summary>Quotes a value for bash, so that no character in it is special.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static int ReadChildPid(int parentPid)
    {
        var path = $"/proc/{parentPid}/task/{parentPid}/children";
        var children = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return children.Length == 1
            ? int.Parse(children[0], System.Globalization.CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"unshare ({parentPid}) has {children.Length} children, expected 1.");
    }

    private static void KillQuietly(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        // The process is not this one's child, so poll /proc instead of waiting on it.
        for (var attempt = 0; attempt < 100 && Directory.Exists($"/proc/{pid}"); attempt++)
        {
            Thread.Sleep(100);
        }
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
