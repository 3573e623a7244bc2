using Mibc.Targets.Deploy;

namespace Mibc.Tests.DaemonTargets;

/// <summary>
/// A sample bundle installed in a <see cref="HostSandbox"/> with Postfix, Dovecot and nginx running from it,
/// on their real ports inside the sandbox's own network namespace.
/// </summary>
public sealed class LiveBox : IDisposable
{
    private LiveBox(SampleBundle bundle, HostSandbox sandbox)
    {
        Bundle = bundle;
        Sandbox = sandbox;
    }

    /// <summary>The built sample.</summary>
    public SampleBundle Bundle { get; }

    /// <summary>The sandbox the daemons run in.</summary>
    public HostSandbox Sandbox { get; }

    /// <summary>Builds a sample, installs it, and starts the daemons; with <paramref name="withOpenDkim"/> also OpenDKIM, with the keys the bundle ships.</summary>
    public static LiveBox Start(string sample, bool withOpenDkim = false) => Start(SampleBundle.Build(sample), withOpenDkim);

    /// <summary>Installs a built bundle and starts the daemons; the box owns the bundle from here on.</summary>
    public static LiveBox Start(SampleBundle bundle, bool withOpenDkim = false)
    {
        HostSandbox? sandbox = null;
        try
        {
            sandbox = HostSandbox.Create();
            sandbox.InstallBundle(bundle.Directory);
            sandbox.MakeCertificate(SelfSignedCertificate.From(bundle.Model));

            // NOTE: Postfix's queue directory is an empty tmpfs in the sandbox. "postfix check" creates its
            // subdirectories with the right owners, as the package's postinst does on a host.
            sandbox.RunChecked("postfix check");
            sandbox.StartDaemon("postfix start", "/var/spool/postfix/pid/master.pid");
            sandbox.StartDaemon("dovecot", "/run/dovecot/master.pid");
            sandbox.StartDaemon("nginx", "/run/nginx.pid");
            if (withOpenDkim)
            {
                sandbox.StartDaemon("install -d -o opendkim -g opendkim /run/opendkim && opendkim -x /etc/opendkim.conf", "/run/opendkim/opendkim.pid");
            }

            foreach (var port in new[] { 25, 587, 465, 443 })
            {
                sandbox.WaitForPort(port);
            }

            return new LiveBox(bundle, sandbox);
        }
        catch
        {
            sandbox?.Dispose();
            bundle.Dispose();
            throw;
        }
    }

    /// <summary>Stops the daemons by pid, ends the sandbox, and deletes the bundle.</summary>
    public void Dispose()
    {
        Sandbox.Dispose();
        Bundle.Dispose();
    }
}
