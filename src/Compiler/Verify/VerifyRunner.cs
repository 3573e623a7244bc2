using System.Net.Sockets;
using System.Security.Authentication;

namespace Mibc.Compiler.Verify;

/// <summary>Runs planned checks a few at a time, each bounded by a timeout, and never lets one failure stop the rest.</summary>
public static class VerifyRunner
{
    /// <summary>Runs every check and returns the results in plan order.</summary>
    /// <param name="checks">The planned checks.</param>
    /// <param name="timeout">The most one check may take, connection included.</param>
    /// <param name="parallelism">How many checks run at once.</param>
    public static async Task<IReadOnlyList<VerifyResult>> RunAsync(IReadOnlyList<VerifyCheck> checks, TimeSpan timeout, int parallelism = 4)
    {
        using var gate = new SemaphoreSlim(parallelism);
        var tasks = checks.Select(async check =>
        {
            await gate.WaitAsync();
            try
            {
                return await RunOneAsync(check, timeout);
            }
            finally
            {
                gate.Release();
            }
        });
        return await Task.WhenAll(tasks);
    }

    private static async Task<VerifyResult> RunOneAsync(VerifyCheck check, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        string endpoint = check.Endpoint.ToString();
        try
        {
            var probe = check.Run(check.Endpoint, cancellation.Token);

            // NOTE: a probe that ignores the token (a blocking library call) still ends the check at the timeout.
            var finished = await Task.WhenAny(probe, Task.Delay(timeout + TimeSpan.FromSeconds(1), CancellationToken.None));
            if (finished != probe)
            {
                _ = probe.ContinueWith(task => task.Exception, TaskScheduler.Default);
                return Failed(check, endpoint, $"timed out after {timeout.TotalSeconds:0} seconds");
            }

            var (status, detail) = await probe;
            return new VerifyResult(check.Id, check.Title, endpoint, status, detail);
        }
        catch (OperationCanceledException)
        {
            return Failed(check, endpoint, $"timed out after {timeout.TotalSeconds:0} seconds: the port accepted no connection or sent no answer");
        }
        catch (SocketException error) when (error.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return Failed(check, endpoint, "connection refused: nothing listens on this port");
        }
        catch (SocketException error)
        {
            return Failed(check, endpoint, $"connection failed: {error.Message}");
        }
        catch (AuthenticationException error)
        {
            return Failed(check, endpoint, $"TLS handshake failed: {error.Message}");
        }
        catch (Exception error) when (error is IOException or HttpRequestException or Renci.SshNet.Common.SshException or InvalidOperationException)
        {
            return Failed(check, endpoint, $"the service did not answer as expected: {error.Message}");
        }
    }

    private static VerifyResult Failed(VerifyCheck check, string endpoint, string detail) =>
        new(check.Id, check.Title, endpoint, VerifyStatus.Fail, detail);
}
