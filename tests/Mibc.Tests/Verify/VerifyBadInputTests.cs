using System.Net;
using System.Net.Sockets;
using System.Text;
using Mibc.Compiler.Verify;
using Mibc.Tests.Support;

namespace Mibc.Tests.Verify;

/// <summary>
/// mibc verify against a host that is down, a port that hangs, and a service that speaks something else:
/// each is a failed check with a reason, and the run ends.
/// </summary>
public sealed class VerifyBadInputTests
{
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task ClosedPort_FailsWithRefusal()
    {
        var port = UnusedPort();
        var check = SmtpCheck(port);

        var result = Assert.Single(await RunBoundedAsync([check]));

        Assert.Equal(VerifyStatus.Fail, result.Status);
        Assert.Contains("connection refused", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SilentPort_FailsWithTimeout()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepting = AcceptAndHoldAsync(listener);
        var check = SmtpCheck(((IPEndPoint)listener.LocalEndpoint).Port);

        var result = Assert.Single(await RunBoundedAsync([check]));

        Assert.Equal(VerifyStatus.Fail, result.Status);
        Assert.Contains("timed out", result.Detail, StringComparison.Ordinal);
        listener.Stop();
        await accepting;
    }

    [Fact]
    public async Task WrongProtocol_FailsWithReason()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var serving = AcceptAndSendAsync(listener, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        var check = SmtpCheck(((IPEndPoint)listener.LocalEndpoint).Port);

        var result = Assert.Single(await RunBoundedAsync([check]));

        Assert.Equal(VerifyStatus.Fail, result.Status);
        Assert.Contains("expected an SMTP reply", result.Detail, StringComparison.Ordinal);
        listener.Stop();
        await serving;
    }

    [Fact]
    public async Task WholePlan_AgainstNothing_EndsWithFailures()
    {
        var model = Compilers.Create().Check(Path.Combine(RepositoryPaths.Samples, "box.mib")).Check.Model!;
        var ports = ServicePorts.Standard.Ports.Keys.Select(service => $"{service}={UnusedPort()}");
        var checks = VerifyPlanner.Plan(model, "127.0.0.1", VerifyPlanner.PortsFor(model, ports));

        var results = await RunBoundedAsync(checks);

        Assert.Equal(checks.Count, results.Count);
        Assert.Contains(results, result => result.Id == "certificate" && result.Status == VerifyStatus.Fail);
        Assert.DoesNotContain(results, result => result.Id.StartsWith("tls.", StringComparison.Ordinal) && result.Status == VerifyStatus.Pass);
    }

    [Fact]
    public void PortOverride_RejectsUnknownService()
    {
        var error = Assert.Throws<ArgumentException>(() => ServicePorts.Standard.With(["smtpd=25"]));

        Assert.Contains("smtpd=25", error.Message, StringComparison.Ordinal);
    }

    private static VerifyCheck SmtpCheck(int port)
    {
        var model = Compilers.Create().Check(Path.Combine(RepositoryPaths.Samples, "box.mib")).Check.Model!;
        var checks = VerifyPlanner.Plan(model, "127.0.0.1", VerifyPlanner.PortsFor(model, [$"smtp={port}"]));
        return checks.Single(check => check.Id == "smtp.starttls");
    }

    // Guards the test itself: a hang becomes a failure here instead of a stuck test run.
    private static async Task<IReadOnlyList<VerifyResult>> RunBoundedAsync(IReadOnlyList<VerifyCheck> checks)
    {
        var run = VerifyRunner.RunAsync(checks, CheckTimeout);
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(120)));
        Assert.True(finished == run, "verify did not finish within two minutes");
        return await run;
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task AcceptAndHoldAsync(TcpListener listener)
    {
        try
        {
            using var client = await listener.AcceptTcpClientAsync();
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
        catch (Exception error) when (error is SocketException or ObjectDisposedException)
        {
            // The test stopped the listener.
        }
    }

    private static async Task AcceptAndSendAsync(TcpListener listener, string reply)
    {
        try
        {
            using var client = await listener.AcceptTcpClientAsync();
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(reply));
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        catch (Exception error) when (error is SocketException or ObjectDisposedException or IOException)
        {
            // The test stopped the listener.
        }
    }
}
