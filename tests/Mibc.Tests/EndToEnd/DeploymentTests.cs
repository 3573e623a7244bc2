using System.Net;
using Mibc.Tests.Deploy;

namespace Mibc.Tests.EndToEnd;

/// <summary>What <c>mibc apply</c> in full mode left on this machine: running daemons, on loopback only.</summary>
[Collection(LoopbackBoxCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class DeploymentTests(LoopbackBox box)
{
    [Fact]
    public void Apply_StartsEveryService()
    {
        OutputAssert.Contains("Made the self-signed certificate /etc/mibc/tls/cert.pem", box.ApplyOutput);
        foreach (var service in new[] { "opendkim", "nsd", "postfix", "dovecot", "nginx" })
        {
            OutputAssert.Contains($"Checked {service}.", box.ApplyOutput);
            OutputAssert.Contains($"Reloaded {service}.", box.ApplyOutput);
        }

        OutputAssert.Contains("Apply succeeded: 1 box.", box.ApplyOutput);
    }

    [Fact]
    public void Apply_InstallsOnlyMissingPackages()
    {
        var missing = box.PackagesInstalledBefore.Where(package => !package.Value).Select(package => package.Key).ToList();

        if (missing.Count == 0)
        {
            OutputAssert.DoesNotContain("Installing packages", box.ApplyOutput);
        }
        else
        {
            OutputAssert.Contains("Installing packages: " + string.Join(' ', missing) + "\n", box.ApplyOutput);
        }
    }

    [Fact]
    public void Daemons_ListenOnLoopbackOnly()
    {
        var sockets = ListeningSockets.Read();

        foreach (var port in LoopbackBox.ServicePorts)
        {
            var addresses = sockets.Where(endpoint => endpoint.Port == port).Select(endpoint => endpoint.Address).ToList();
            Assert.NotEmpty(addresses);
            Assert.All(addresses, address => Assert.True(IPAddress.IsLoopback(address), $"port {port} listens on {address}, outside loopback"));
            Assert.Contains(IPAddress.Loopback, addresses);
            if (box.HasIpv6)
            {
                Assert.Contains(IPAddress.IPv6Loopback, addresses);
            }
        }
    }

    [Fact]
    public void ApplyAgain_ChangesNothing()
    {
        var again = ProcessRunner.Mibc("apply", box.BoxPath, "--host", box.Ssh.Host, "--host-key", box.Ssh.Fingerprint, "--identity", box.Ssh.ClientKeyPath);

        Assert.True(again.ExitCode == 0, again.All);
        OutputAssert.Contains("No changes: mail.example.org is up to date.", again.Output);
        OutputAssert.DoesNotContain("Reloaded", again.Output);
    }
}
