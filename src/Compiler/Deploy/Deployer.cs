using System.Net.Sockets;
using Mibc.Targets.Deploy;
using Renci.SshNet.Common;

namespace Mibc.Compiler.Deploy;

/// <summary>Deploys bundles: upload over SFTP, run apply.sh, stream its output, clean up.</summary>
public static class Deployer
{
    /// <summary>Deploys several boxes, at most <paramref name="parallelism"/> at a time; one failure does not stop the others.</summary>
    /// <returns>Each box's outcome, in the order of <paramref name="targets"/>.</returns>
    public static async Task<IReadOnlyList<DeployOutcome>> ApplyAllAsync(IReadOnlyList<DeployTarget> targets, DeploySettings settings, int parallelism, IDeployReporter reporter, CancellationToken cancellation)
    {
        var outcomes = new DeployOutcome[targets.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellation };
        await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), options, async (index, token) =>
        {
            outcomes[index] = await ApplyAsync(targets[index], settings, reporter, token);
        });
        return outcomes;
    }

    /// <summary>Deploys one box and reports its outcome; connection and host failures become a failed outcome.</summary>
    public static async Task<DeployOutcome> ApplyAsync(DeployTarget target, DeploySettings settings, IDeployReporter reporter, CancellationToken cancellation)
    {
        DeployOutcome outcome;
        try
        {
            outcome = await RunAsync(target, settings, reporter, cancellation);
        }
        catch (HostKeyRejectedException error)
        {
            reporter.Line(target.Box, error.Verdict.Describe());
            outcome = new DeployOutcome(target.Box, false, "host key rejected; nothing was sent");
        }
        catch (RemoteHostException error)
        {
            outcome = new DeployOutcome(target.Box, false, error.Message);
        }
        catch (Exception error) when (IsConnectionFailure(error))
        {
            outcome = new DeployOutcome(target.Box, false, $"connection to {target.Endpoint} failed: {error.Message}");
        }

        reporter.Finished(outcome);
        return outcome;
    }

    /// <summary>Whether an exception is a failure to reach, authenticate to or talk with the host.</summary>
    public static bool IsConnectionFailure(Exception error) =>
        error is SshException or SocketException or IOException or TimeoutException or ObjectDisposedException or RemoteHostException;

    private static async Task<DeployOutcome> RunAsync(DeployTarget target, DeploySettings settings, IDeployReporter reporter, CancellationToken cancellation)
    {
        using var connection = await HostConnection.OpenAsync(target.Endpoint, settings.Keys, target.Verifier, settings.Timeout, cancellation);
        reporter.Line(target.Box, $"Connected to {target.Endpoint}; the host key matched {target.Verifier.SourceName}.");

        var total = BundleUploader.TotalBytes(target.BundleDirectory);
        var remote = await BundleUploader.UploadAsync(
            connection,
            target.BundleDirectory,
            directory => reporter.UploadStarted(target.Box, total, directory),
            new CallbackProgress<long>(done => reporter.UploadProgress(target.Box, done)),
            cancellation);
        try
        {
            var command = connection.RootPrefix + "bash " + ShellQuote.Quote(remote + "/" + ApplyScriptGenerator.FileName);
            if (settings.DryRun)
            {
                command += " --dry-run";
            }

            if (settings.Root is not null)
            {
                command += " --root " + ShellQuote.Quote(settings.Root);
            }

            var status = await connection.RunStreamingAsync(command, line => reporter.Line(target.Box, line), cancellation);
            return status == 0
                ? new DeployOutcome(target.Box, true, settings.DryRun ? "dry run finished" : "applied")
                : new DeployOutcome(target.Box, false, $"apply.sh exited with status {status}");
        }
        finally
        {
            await RemoveQuietlyAsync(connection, remote, reporter, target.Box);
        }
    }

    // A cleanup failure must not hide how apply.sh ended. The directory is private (0700), so it is only left for /tmp cleaning.
    private static async Task RemoveQuietlyAsync(HostConnection connection, string remote, IDeployReporter reporter, string box)
    {
        try
        {
            await BundleUploader.RemoveAsync(connection, remote, CancellationToken.None);
        }
        catch (Exception error) when (IsConnectionFailure(error))
        {
            reporter.Line(box, $"Could not remove {remote} on the host: {error.Message}");
        }
    }
}
