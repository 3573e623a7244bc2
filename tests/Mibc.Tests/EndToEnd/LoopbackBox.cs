using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Mibc.Language.Model;
using Mibc.Targets.Bundles;
using Mibc.Targets.Deploy;
using Mibc.Targets.Render;
using Mibc.Tests.Deploy;
using Mibc.Tests.Support;

namespace Mibc.Tests.EndToEnd;

/// <summary>
/// The sample box deployed for real onto this machine: <see cref="LoopbackSample"/> applied by <c>mibc apply</c> in
/// full mode (packages, files, certificate, services) over SSH to a test sshd on 127.0.0.1. Disposing stops every
/// daemon the deployment started, by its pid, stops the sshd and puts back the host files the deployment changed.
/// </summary>
/// <remarks>
/// NOTE: this changes the machine's /etc and starts Postfix, Dovecot, nginx, OpenDKIM and NSD on their standard ports
/// on 127.0.0.1 and ::1, so no other test may use those ports or run these services outside a namespace of its own.
/// A daemon that was running before the test is stopped first and started again afterwards.
/// </remarks>
public sealed class LoopbackBox : IAsyncLifetime
{
    /// <summary>The test sshd's port; end-to-end tests use ports 25000-25999.</summary>
    public const int SshPort = 25022;

    /// <summary>The ports the daemons must listen on once the box is applied: SMTP, submission, IMAPS, POP3S, HTTP(S), DNS.</summary>
    public static readonly int[] ServicePorts = [25, 587, 465, 993, 995, 80, 443, 53];

    // Each service the bundle reloads, with the pid file of its main process on Debian and Ubuntu.
    private static readonly (string Service, string PidFile)[] Daemons =
    [
        ("opendkim", "/run/opendkim/opendkim.pid"),
        ("nsd", "/run/nsd/nsd.pid"),
        ("postfix", "/var/spool/postfix/pid/master.pid"),
        ("dovecot", "/run/dovecot/master.pid"),
        ("nginx", "/run/nginx.pid"),
    ];

    private static readonly TimeSpan ListenTimeout = TimeSpan.FromSeconds(30);

    private readonly TempDirectory directory = new();
    private readonly List<string> runningBefore = [];
    private readonly Dictionary<string, int> startedPids = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim scanGate = new(3);
    private readonly Dictionary<int, Task<TestSslReport>> scans = [];
    private TestSshServer? ssh;
    private HostFileSnapshot? snapshot;
    private bool cleanedUp;

    /// <summary>The rewritten box.mib, in a temporary directory with its key store beside it.</summary>
    public string BoxPath => directory.Combine("box.mib");

    /// <summary>The checked model of <see cref="BoxPath"/>.</summary>
    public BoxModel Model { get; private set; } = null!;

    /// <summary>The box's host name, which TLS clients send as SNI.</summary>
    public string HostName => Model.Host.Name.Value.Ascii;

    /// <summary>Whether the box has the IPv6 address ::1 (only when this machine's loopback has IPv6).</summary>
    public bool HasIpv6 { get; private set; }

    /// <summary>The test sshd that <c>mibc apply</c> deployed through.</summary>
    internal TestSshServer Ssh => ssh ?? throw new InvalidOperationException("the box is not deployed");

    /// <summary>What <c>mibc apply</c> printed.</summary>
    public string ApplyOutput { get; private set; } = string.Empty;

    /// <summary>The Debian packages apply.sh installs when they are missing, each with whether it was installed before the test.</summary>
    public IReadOnlyDictionary<string, bool> PackagesInstalledBefore { get; private set; } = new Dictionary<string, bool>();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        try
        {
            await Task.Run(Deploy);
        }
        catch (Exception failure)
        {
            try
            {
                await DisposeAsync();
            }
            catch (Exception cleanup)
            {
                throw new AggregateException("deploying the box failed, and so did cleaning up after it", failure, cleanup);
            }

            throw;
        }
    }

    /// <summary>
    /// Returns the testssl.sh scan of one of the box's TLS ports. The first call starts the scans of all six ports,
    /// at most three at a time.
    /// </summary>
    /// <remarks>
    /// NOTE: <see cref="TlsScanTests"/> awaits all six, and the classes of a collection run one after another, so no
    /// scan overlaps a test that changes the box, such as the one that weakens nginx.
    /// </remarks>
    internal Task<TestSslReport> ScanAsync(int port)
    {
        lock (scans)
        {
            if (scans.Count == 0)
            {
                foreach (var (scanPort, startTls, headers) in new (int, string?, bool)[] { (25, "smtp", false), (587, "smtp", false), (465, null, false), (993, null, false), (995, null, false), (443, null, true) })
                {
                    scans[scanPort] = ScanGatedAsync(scanPort, startTls, headers);
                }
            }

            return scans[port];
        }
    }

    /// <summary>Runs <c>mibc verify</c> as a process against the box and returns its exit code and JSON results.</summary>
    public (int ExitCode, IReadOnlyList<VerifyRow> Rows, string Output) Verify()
    {
        var result = ProcessRunner.Mibc("verify", BoxPath, "--host", "127.0.0.1", "--port", $"ssh={SshPort}", "--format", "json", "--timeout", "15");
        List<VerifyRow>? rows = null;
        try
        {
            rows = JsonSerializer.Deserialize<List<VerifyRow>>(result.Output, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        }
        catch (JsonException)
        {
            // Reported below with the whole output.
        }

        Assert.True(rows is not null, $"mibc verify printed no JSON list (exit code {result.ExitCode}):\n{result.All}");
        return (result.ExitCode, rows, result.All);
    }

    /// <inheritdoc />
    public Task DisposeAsync() => Task.Run(CleanUp);

    private async Task<TestSslReport> ScanGatedAsync(int port, string? startTls, bool headers)
    {
        await scanGate.WaitAsync();
        try
        {
            return await TestSslReport.ScanAsync(HostName, port, startTls, headers, directory.Path);
        }
        finally
        {
            scanGate.Release();
        }
    }

    private void Deploy()
    {
        HasIpv6 = LoopbackSample.HasIpv6Loopback();
        File.WriteAllText(BoxPath, LoopbackSample.Text(HasIpv6));

        // A build with the compiler mibc uses gives the model and the files the deployment will place. mibc apply
        // then builds again from the same box.mib and key store.
        var build = Compilers.Create().Build(BoxPath, directory.Combine("bundle"));
        Assert.False(build.HasErrors, Compilers.Render(build));
        Model = build.Check.Model!;
        var manifest = BundleWriter.ReadManifest(directory.Combine("bundle"));

        var services = manifest.Files.SelectMany(file => file.Services).Distinct(StringComparer.Ordinal);
        var packages = OsPackages.For(Model.Host.Os.Value, services).Concat(manifest.Files.SelectMany(file => file.Packages)).Distinct(StringComparer.Ordinal);
        PackagesInstalledBefore = InstalledPackages(packages);

        var paths = HostPaths.Default;
        snapshot = HostFileSnapshot.Take(
            manifest.Files.Select(file => file.Target).Concat([paths.TlsCertificate, paths.TlsKey]),
            [paths.MailRoot, "/var/backups/mibc"],
            directory.Combine("host-files.tar"));
        StopRunningDaemons();

        ssh = new TestSshServer(SshPort);
        var apply = ProcessRunner.Mibc("apply", BoxPath, "--host", ssh.Host, "--host-key", ssh.Fingerprint, "--identity", ssh.ClientKeyPath);
        ApplyOutput = apply.All;
        Assert.True(apply.ExitCode == 0, $"mibc apply failed with exit code {apply.ExitCode}:\n{apply.All}");

        WaitForListeners();
        foreach (var (service, pidFile) in Daemons)
        {
            startedPids[service] = WaitForPid(service, pidFile);
        }
    }

    private static Dictionary<string, bool> InstalledPackages(IEnumerable<string> packages)
    {
        var names = packages.ToList();

        // dpkg-query prints a line for each known package and exits 1 when one is unknown, so only its output counts.
        var query = ProcessRunner.Run("dpkg-query", ["-W", "-f=${Package} ${Status}\n", .. names], TimeSpan.FromSeconds(30));
        var installed = query.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.EndsWith(" install ok installed", StringComparison.Ordinal))
            .Select(line => line[..line.IndexOf(' ')])
            .ToHashSet(StringComparer.Ordinal);
        return names.ToDictionary(name => name, installed.Contains, StringComparer.Ordinal);
    }

    private void StopRunningDaemons()
    {
        foreach (var (service, _) in Daemons)
        {
            if (Service(service, "status").ExitCode == 0)
            {
                runningBefore.Add(service);
                var stop = Service(service, "stop");
                Assert.True(stop.ExitCode == 0, $"{service} ran before the test and could not be stopped:\n{stop.All}");
            }
        }
    }

    private void WaitForListeners()
    {
        var deadline = DateTime.UtcNow + ListenTimeout;
        while (true)
        {
            var listening = ListeningSockets.Read().Select(endpoint => endpoint.Port).ToHashSet();
            var missing = ServicePorts.Where(port => !listening.Contains(port)).ToList();
            if (missing.Count == 0)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"nothing listens on port {string.Join(", ", missing)} {ListenTimeout.TotalSeconds:0} seconds after mibc apply:\n{ApplyOutput}");
            }

            Thread.Sleep(200);
        }
    }

    // A daemon may write its pid file a moment after it starts listening, as Postfix's master does.
    private int WaitForPid(string service, string pidFile)
    {
        var deadline = DateTime.UtcNow + ListenTimeout;
        while (true)
        {
            if (ReadPid(pidFile) is { } pid)
            {
                return pid;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{service} wrote no pid file {pidFile} within {ListenTimeout.TotalSeconds:0} seconds after mibc apply:\n{ApplyOutput}");
            }

            Thread.Sleep(100);
        }
    }

    private void CleanUp()
    {
        if (cleanedUp)
        {
            return;
        }

        cleanedUp = true;
        var problems = new List<string>();

        // The scans read from the daemons; they end before the daemons stop.
        Task[] pending;
        lock (scans)
        {
            pending = [.. scans.Values];
        }

        Task.WaitAny([Task.WhenAll(pending).ContinueWith(_ => { }, TaskScheduler.Default)], TimeSpan.FromMinutes(5));

        foreach (var (service, pidFile) in Daemons)
        {
            StopDaemon(service, pidFile, problems);
        }

        ssh?.Dispose();
        if (snapshot is not null)
        {
            problems.AddRange(snapshot.Restore());
        }

        foreach (var service in runningBefore)
        {
            var start = Service(service, "start");
            if (start.ExitCode != 0)
            {
                problems.Add($"{service} ran before the test but did not start again: {start.All}");
            }
        }

        directory.Dispose();
        scanGate.Dispose();
        Assert.True(problems.Count == 0, "cleaning up the end-to-end box left problems:\n" + string.Join("\n", problems));
    }

    private void StopDaemon(string service, string pidFile, List<string> problems)
    {
        // The pid file may name a newer process than the one recorded after apply, as after a restart.
        var pids = new[] { ReadPid(pidFile), startedPids.TryGetValue(service, out var started) ? started : null }
            .OfType<int>()
            .Distinct()
            .Where(IsRunning)
            .ToList();

        // Stopped even without a known pid, since a failed deployment may have started it before writing one.
        var stop = Service(service, "stop");
        foreach (var pid in pids)
        {
            if (WaitForExit(pid, TimeSpan.FromSeconds(15)))
            {
                continue;
            }

            // The init script did not stop it in time: end it by its pid.
            ProcessRunner.Run("kill", ["-KILL", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            if (!WaitForExit(pid, TimeSpan.FromSeconds(5)))
            {
                problems.Add($"{service} (pid {pid}) is still running after 'service {service} stop' and kill -KILL: {stop.All}");
            }
        }
    }

    private static ProcessResult Service(string service, string action) =>
        ProcessRunner.Run("service", [service, action], TimeSpan.FromSeconds(60));

    private static int? ReadPid(string pidFile)
    {
        // NOTE: cat, because .NET takes a shared flock to read a file and Postfix's master holds an exclusive one on its pid file.
        var read = ProcessRunner.Run("cat", [pidFile], TimeSpan.FromSeconds(10));
        return read.ExitCode == 0 && int.TryParse(read.Output.Trim(), out var pid) ? pid : null;
    }

    // A zombie counts as stopped: it has exited and only waits for its parent to reap it.
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault() is not ('Z' or 'X' or default(char));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool WaitForExit(int pid, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (IsRunning(pid))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            Thread.Sleep(100);
        }

        return true;
    }

    /// <summary>Connects a TCP socket to the box on 127.0.0.1, or on ::1 with <paramref name="ipv6"/>, for a mail client to take over.</summary>
    public static async Task<Socket> ConnectAsync(int port, bool ipv6 = false)
    {
        var socket = new Socket(ipv6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await socket.ConnectAsync(ipv6 ? IPAddress.IPv6Loopback : IPAddress.Loopback, port, timeout.Token);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>One row of <c>mibc verify --format json</c>.</summary>
public sealed record VerifyRow(string Id, string Title, string Endpoint, string Status, string Detail);

/// <summary>
/// Shares one deployed <see cref="LoopbackBox"/> among the end-to-end test classes, which run one after another.
/// The collection runs after all others, alone, because it rewrites files in /etc that other tests read.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoopbackBoxCollection : ICollectionFixture<LoopbackBox>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Loopback box";
}
