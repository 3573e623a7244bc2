using System.Diagnostics;
using Mibc.Targets.Emit;
using Mibc.Tests.Support;

namespace Mibc.Tests.Deploy;

/// <summary>A connection cut during the upload leaves the host as it was: apply.sh never runs on a partial bundle.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ConnectionCutTests
{
    private const int Port = 22103;

    // Big enough that the upload over loopback takes well over the 1 ms polling step.
    private const int BigFileBytes = 64 * 1024 * 1024;

    [Fact]
    public void Apply_ConnectionCutDuringUpload_LeavesHostUnchanged()
    {
        using var server = new TestSshServer(Port);
        using var temp = new TempDirectory();
        var big = new byte[BigFileBytes];
        Random.Shared.NextBytes(big);
        var files = FixtureConfigs.Valid().Append(new BundleFile("/etc/mibc/big.bin", big, "0644", "root", "root", [])).ToList();
        var bundle = FixtureBundles.Write(temp.Combine("bundle"), files);
        var root = Directory.CreateDirectory(temp.Combine("root")).FullName;
        var before = TreeSnapshot.Take(root);

        using var mibc = ProcessRunner.StartMibc(DeployOverSshTests.ApplyArguments(server, root, "--bundle", bundle));
        var partial = WaitForPartialUpload(mibc);
        Assert.True(partial is not null, "the upload finished before the test saw it running; nothing was cut");
        var killed = server.KillSessions();
        var result = ProcessRunner.WaitFor(mibc, TimeSpan.FromSeconds(60));

        try
        {
            Assert.True(killed > 0, "no sshd session process was found to kill");
            Assert.Equal(1, result.ExitCode);
            OutputAssert.Contains("Failed: connection to", result.Output);
            OutputAssert.Contains("Apply failed: 1 of 1 box failed.", result.Output);
            OutputAssert.DoesNotContain("Checked", result.Output);
            Assert.Equal(before, TreeSnapshot.Take(root));
            Assert.True(new FileInfo(partial!).Length < BigFileBytes, "the big file arrived whole");
        }
        finally
        {
            // The cut connection leaves the private upload directory behind on the host, as documented.
            if (partial is not null)
            {
                var upload = partial[..partial.IndexOf("/files/", StringComparison.Ordinal)];
                Assert.StartsWith("/tmp/mibc-bundle.", upload);
                Directory.Delete(upload, recursive: true);
            }
        }
    }

    // Returns the path of big.bin in the host's upload directory once some but not all of it has arrived.
    private static string? WaitForPartialUpload(Process mibc)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60) && !mibc.HasExited)
        {
            foreach (var directory in Directory.GetDirectories("/tmp", "mibc-bundle.*"))
            {
                var path = Path.Combine(directory, "files/etc/mibc/big.bin");
                var length = File.Exists(path) ? new FileInfo(path).Length : 0;
                if (length > 0 && length < BigFileBytes)
                {
                    return path;
                }
            }

            Thread.Sleep(1);
        }

        return null;
    }
}
