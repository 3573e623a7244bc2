using System.Diagnostics;
using System.Net;
using DnsClient;

namespace Mibc.Tests.Dns;

/// <summary>
/// A real NSD that serves a bundle's zones on 127.0.0.1, with a test server section in place of the bundle's
/// and the bundle's zone sections unchanged. Disposing stops it by its process id.
/// </summary>
internal sealed class NsdServer : IDisposable
{
    private readonly Process process;
    private readonly string stateDirectory;

    private NsdServer(Process process, string stateDirectory, int port)
    {
        this.process = process;
        this.stateDirectory = stateDirectory;
        Client = new LookupClient(new LookupClientOptions(new NameServer(IPAddress.Loopback, port))
        {
            UseCache = false,
            Recursion = false,
            Retries = 0,
            Timeout = TimeSpan.FromSeconds(2),
            ThrowDnsErrors = false,
        });
    }

    public LookupClient Client { get; }

    /// <summary>Starts NSD on a loopback port for the bundle's zones and waits until it answers for <paramref name="probeZone"/>.</summary>
    public static NsdServer Start(string bundleDirectory, int port, string probeZone)
    {
        var state = Path.Combine(Path.GetTempPath(), "mibc-nsd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(state);
        var shipped = File.ReadAllText(Path.Combine(bundleDirectory, "files/etc/nsd/nsd.conf"));
        var zones = shipped[shipped.IndexOf("\nzone:", StringComparison.Ordinal)..];
        var configuration = $"""
            server:
                ip-address: 127.0.0.1
                port: {port}
                username: ""
                zonesdir: "{Path.Combine(bundleDirectory, "files/etc/nsd")}"
                pidfile: "{Path.Combine(state, "nsd.pid")}"
                database: ""
                xfrdfile: "{Path.Combine(state, "xfrd.state")}"
                zonelistfile: "{Path.Combine(state, "zone.list")}"
                xfrdir: "{state}"
                logfile: "{Path.Combine(state, "nsd.log")}"
                verbosity: 2
            remote-control:
                control-enable: no
            {zones}
            """;
        var path = Path.Combine(state, "nsd.conf");
        File.WriteAllText(path, configuration);

        var start = new ProcessStartInfo("nsd") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-d");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(path);
        var process = Process.Start(start) ?? throw new InvalidOperationException("nsd did not start.");
        var server = new NsdServer(process, state, port);
        server.WaitUntilServing(probeZone);
        return server;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }

        process.Dispose();
        try
        {
            Directory.Delete(stateDirectory, recursive: true);
        }
        catch (IOException)
        {
            // NSD may still hold its log for a moment; the directory is temporary either way.
        }
    }

    private void WaitUntilServing(string zone)
    {
        // NSD loads small zones in well under a second; the loop gives up after 10 s or 100 tries.
        var deadline = Stopwatch.StartNew();
        for (var attempt = 0; attempt < 100 && deadline.Elapsed < TimeSpan.FromSeconds(10); attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nsd exited with {process.ExitCode}: {Log()}");
            }

            try
            {
                var answer = Client.Query(zone, QueryType.SOA);
                if (!answer.HasError && answer.Answers.SoaRecords().Any())
                {
                    return;
                }
            }
            catch (DnsResponseException)
            {
                // Not listening yet.
            }

            Thread.Sleep(100);
        }

        var log = Log();
        Dispose();
        throw new TimeoutException($"nsd did not answer for {zone} within 10 s: {log}");
    }

    private string Log()
    {
        var log = Path.Combine(stateDirectory, "nsd.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no log)";
    }
}
