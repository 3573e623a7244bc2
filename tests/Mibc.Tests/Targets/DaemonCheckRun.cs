using System.Collections.Concurrent;
using Mibc.Targets.Deploy;
using Mibc.Targets.Profiles;

namespace Mibc.Tests.DaemonTargets;

/// <summary>
/// The output of each daemon's own config check on one sample bundle, installed in a <see cref="HostSandbox"/>.
/// One sandbox serves every check of a sample, and the results are kept for the test run.
/// </summary>
/// <param name="Os">The sample's target release.</param>
/// <param name="MachinePostfix">The Postfix version of the machine running the tests.</param>
/// <param name="HasOpenDkim">Whether the bundle has an OpenDKIM config.</param>
/// <param name="PostfixCheck">The result of <c>postfix -c /etc/postfix check</c>.</param>
/// <param name="Postconf">The result of <c>postconf -c /etc/postfix -n</c>.</param>
/// <param name="Doveconf">The result of <c>doveconf -c /etc/dovecot/dovecot.conf -n</c>.</param>
/// <param name="Nginx">The result of <c>nginx -t -c /etc/nginx/nginx.conf -p /etc/nginx/</c>.</param>
/// <param name="OpenDkim">The result of <c>opendkim -n -x /etc/opendkim.conf</c>.</param>
public sealed record DaemonCheckRun(
    OsTarget Os,
    Version MachinePostfix,
    bool HasOpenDkim,
    SandboxResult PostfixCheck,
    SandboxResult Postconf,
    SandboxResult Doveconf,
    SandboxResult Nginx,
    SandboxResult OpenDkim)
{
    private static readonly ConcurrentDictionary<string, Lazy<DaemonCheckRun>> Runs = new(StringComparer.Ordinal);

    /// <summary>Returns the checks of a sample, running them on first use.</summary>
    public static DaemonCheckRun For(string sample) =>
        Runs.GetOrAdd(sample, name => new Lazy<DaemonCheckRun>(() => Run(name))).Value;

    private static DaemonCheckRun Run(string sample)
    {
        using var bundle = SampleBundle.Build(sample);
        using var sandbox = HostSandbox.Create();
        var manifest = sandbox.InstallBundle(bundle.Directory);
        sandbox.MakeCertificate(SelfSignedCertificate.From(bundle.Model));

        var machinePostfix = Version.Parse(sandbox.RunChecked("postconf -h mail_version").Trim());
        return new DaemonCheckRun(
            OsTargets.For(bundle.Model.Host.Os.Value),
            machinePostfix,
            manifest.Files.Any(file => file.Target == "/etc/opendkim.conf"),
            sandbox.Run("postfix -c /etc/postfix check"),
            sandbox.Run("postconf -c /etc/postfix -n"),
            sandbox.Run("doveconf -c /etc/dovecot/dovecot.conf -n"),
            sandbox.Run("nginx -t -c /etc/nginx/nginx.conf -p /etc/nginx/"),
            sandbox.Run("opendkim -n -x /etc/opendkim.conf"));
    }
}
