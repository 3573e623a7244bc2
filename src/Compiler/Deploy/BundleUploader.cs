using Mibc.Targets.Bundles;
using Mibc.Targets.Deploy;

namespace Mibc.Compiler.Deploy;

/// <summary>Uploads a bundle over SFTP into a fresh private directory on the host.</summary>
public static class BundleUploader
{
    /// <summary>Creates the directory with mktemp and uploads every bundle file, apply.sh last.</summary>
    /// <param name="connection">The verified connection.</param>
    /// <param name="bundleDirectory">The local bundle.</param>
    /// <param name="started">Receives the remote directory once it exists, before the first byte is sent.</param>
    /// <param name="progress">Receives the bytes uploaded so far, out of <see cref="TotalBytes"/>.</param>
    /// <param name="cancellation">Stops the upload.</param>
    /// <returns>The remote directory, such as <c>/tmp/mibc-bundle.x8Hq2LmZ0a</c>.</returns>
    /// <remarks>
    /// NOTE: mktemp makes the directory 0700, so no other user on the host can read a secret file while it waits
    /// there, whatever mode the SFTP server gives new files. apply.sh checks every file's SHA-256 before it acts,
    /// so a cut connection leaves at most this directory behind.
    /// </remarks>
    /// <exception cref="RemoteHostException">The host could not make the directory.</exception>
    public static async Task<string> UploadAsync(HostConnection connection, string bundleDirectory, Action<string> started, IProgress<long> progress, CancellationToken cancellation)
    {
        var created = await connection.RunAsync("mktemp -d /tmp/mibc-bundle.XXXXXXXXXX", cancellation);
        var remote = created.OutputText.Trim();
        if (created.ExitStatus != 0 || !remote.StartsWith("/tmp/mibc-bundle.", StringComparison.Ordinal) || remote.Any(char.IsWhiteSpace))
        {
            throw new RemoteHostException($"making a temporary directory on {connection.Endpoint} failed: {created.Error.Trim()}");
        }

        started(remote);
        var sftp = await connection.SftpAsync(cancellation);
        long done = 0;
        foreach (var relative in FilesInUploadOrder(bundleDirectory))
        {
            var target = remote + "/" + relative;
            await CreateParentsAsync(sftp, remote, relative, cancellation);
            await using var source = File.OpenRead(Path.Combine(bundleDirectory, relative));
            var before = done;
            await sftp.UploadFileAsync(source, target, new CallbackProgress<Renci.SshNet.UploadFileProgressReport>(report => progress.Report(before + (long)report.TotalBytesUploaded)), cancellation);
            done += source.Length;
            progress.Report(done);
        }

        return remote;
    }

    /// <summary>The bytes <see cref="UploadAsync"/> sends for a bundle.</summary>
    public static long TotalBytes(string bundleDirectory) =>
        FilesInUploadOrder(bundleDirectory).Sum(relative => new FileInfo(Path.Combine(bundleDirectory, relative)).Length);

    /// <summary>Removes the uploaded directory; a failure is left for the host's /tmp cleaning.</summary>
    public static async Task RemoveAsync(HostConnection connection, string remoteDirectory, CancellationToken cancellation)
    {
        await connection.RunAsync("rm -rf -- " + ShellQuote.Quote(remoteDirectory), cancellation);
    }

    // The files, then the manifest, then apply.sh: the script arrives only after everything it checks.
    private static IEnumerable<string> FilesInUploadOrder(string bundleDirectory)
    {
        var manifest = BundleWriter.ReadManifest(bundleDirectory);
        return manifest.Files.Select(entry => entry.Path).Append(BundleManifest.FileName).Append(ApplyScriptGenerator.FileName);
    }

    private static async Task CreateParentsAsync(Renci.SshNet.SftpClient sftp, string remote, string relative, CancellationToken cancellation)
    {
        var parts = relative.Split('/');
        var path = remote;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            path += "/" + parts[i];
            if (!await sftp.ExistsAsync(path, cancellation))
            {
                await sftp.CreateDirectoryAsync(path, cancellation);
            }
        }
    }
}
