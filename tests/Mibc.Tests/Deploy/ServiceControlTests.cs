using Mibc.Targets.Emit;
using Mibc.Tests.Support;

namespace Mibc.Tests.Deploy;

/// <summary>
/// apply.sh without --root, controlling a real nginx through its SysV script, inside mount, PID and network
/// namespaces the test makes: /etc is a copy, /run a fresh tmpfs, and every process ends with the namespace.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ServiceControlTests
{
    private const string GoodNginx = """
        user www-data;
        worker_processes 1;
        pid /run/nginx.pid;
        events { worker_connections 64; }
        http {
            server { listen 127.0.0.1:22985; return 204; }
        }

        """;

    // Passes nginx -t, which does not bind, but cannot start while another process listens on the port.
    private static readonly string BusyNginx = GoodNginx.Replace("127.0.0.1:22985", "127.0.0.1:22986", StringComparison.Ordinal);

    private const string Holder = """
        worker_processes 1;
        pid /run/holder.pid;
        error_log /run/holder.log;
        events { worker_connections 16; }
        http {
            access_log off;
            server { listen 127.0.0.1:22986; return 204; }
        }

        """;

    private const string Script = """
        set -u
        ip link set lo up
        mount -t tmpfs tmpfs /run
        mkdir -p /run/lock
        mount --bind "$WORK/etc" /etc
        mount --bind "$WORK/backups" /var/backups
        mount -t tmpfs tmpfs /var/log/nginx
        nginx -c "$WORK/holder.conf"
        echo "== busy"
        bash "$BUSY/apply.sh"
        echo "== status $?"
        echo "== good"
        bash "$GOOD/apply.sh"
        echo "== status $?"
        for _ in 1 2 3 4 5 6 7 8 9 10; do
          if (exec 3<>/dev/tcp/127.0.0.1/22985) 2>/dev/null; then echo "== listening"; break; fi
          sleep 0.2
        done
        echo "== again"
        bash "$GOOD/apply.sh"
        echo "== status $?"
        """;

    [Fact]
    public void Apply_FailedRestart_RestoresAndReloads()
    {
        using var temp = new TempDirectory();
        var copy = ProcessRunner.Run("cp", ["-a", "/etc", temp.Combine("etc")]);
        Assert.True(copy.ExitCode == 0, copy.All);
        Directory.CreateDirectory(temp.Combine("backups"));
        File.WriteAllText(temp.Combine("holder.conf"), Holder);
        var originalNginx = File.ReadAllText("/etc/nginx/nginx.conf");
        var model = FixtureBundles.Model(FixtureBundles.SampleText.Replace("os    = ubuntu_24_04", "os    = debian_12", StringComparison.Ordinal));
        var good = FixtureBundles.Write(temp.Combine("good"), [BundleFile.FromText("/etc/nginx/nginx.conf", GoodNginx, "nginx")], model);
        var busy = FixtureBundles.Write(temp.Combine("busy"), [BundleFile.FromText("/etc/nginx/nginx.conf", BusyNginx, "nginx")], model);

        var result = ProcessRunner.Run(
            "unshare", ["--mount", "--pid", "--fork", "--mount-proc", "--net", "bash", "-c", Script],
            TimeSpan.FromSeconds(120),
            new Dictionary<string, string> { ["WORK"] = temp.Path, ["GOOD"] = good, ["BUSY"] = busy });
        var steps = result.Output.Split("== ");

        var busyStep = steps.Single(step => step.StartsWith("busy", StringComparison.Ordinal));
        OutputAssert.Contains("reloading nginx failed:", busyStep);
        OutputAssert.Contains("  restored /etc/nginx/nginx.conf", busyStep);
        OutputAssert.Contains("Reloaded nginx.", busyStep);
        Assert.StartsWith("status 1", steps[Array.IndexOf(steps, busyStep) + 1]);

        var goodStep = steps.Single(step => step.StartsWith("good", StringComparison.Ordinal));
        OutputAssert.Contains("  update /etc/nginx/nginx.conf (content)", goodStep);
        OutputAssert.Contains("Checked nginx.", goodStep);
        OutputAssert.Contains("Reloaded nginx.", goodStep);
        Assert.StartsWith("status 0", steps[Array.IndexOf(steps, goodStep) + 1]);
        Assert.Contains(steps, step => step.StartsWith("listening", StringComparison.Ordinal));

        var againStep = steps.Single(step => step.StartsWith("again", StringComparison.Ordinal));
        OutputAssert.Contains("No changes: mail.example.org is up to date.", againStep);
        OutputAssert.DoesNotContain("Reloaded", againStep);

        Assert.Equal(GoodNginx, File.ReadAllText(temp.Combine("etc/nginx/nginx.conf")));
        Assert.Equal(originalNginx, File.ReadAllText("/etc/nginx/nginx.conf"));
        Assert.Equal(2, Directory.GetDirectories(temp.Combine("backups/mibc")).Length);
    }
}
