using Mibc.Tests.Support;

namespace Mibc.Tests.EndToEnd;

/// <summary>
/// Which addresses the daemon configs listen on: every address for a box with a public address, only the
/// loopback addresses for a box declared on loopback, as the end-to-end test deploys it.
/// </summary>
public sealed class ListenAddressTests
{
    [Fact]
    public void LoopbackBox_ListensOnLoopbackOnly()
    {
        using var box = Build(LoopbackSample.Text(withIpv6: true));

        Assert.Contains("\ninet_interfaces = 127.0.0.1, [::1]\n", box.Read("/etc/postfix/main.cf"), StringComparison.Ordinal);
        Assert.Contains("\nlisten = 127.0.0.1, [::1]\n", box.Read("/etc/dovecot/dovecot.conf"), StringComparison.Ordinal);
        var sites = box.Read("/etc/nginx/mibc/sites.conf");
        Assert.Contains("    listen 127.0.0.1:443 ssl http2 default_server;\n    listen [::1]:443 ssl http2 default_server;\n", sites, StringComparison.Ordinal);
        Assert.Contains("    listen 127.0.0.1:80 default_server;\n    listen [::1]:80 default_server;\n", sites, StringComparison.Ordinal);
        Assert.DoesNotContain("listen 443", sites, StringComparison.Ordinal);
        Assert.DoesNotContain("[::]", sites, StringComparison.Ordinal);
    }

    [Fact]
    public void Ipv4LoopbackBox_ListensOnIpv4Only()
    {
        using var box = Build(LoopbackSample.Text(withIpv6: false));

        Assert.Contains("\ninet_interfaces = 127.0.0.1\n", box.Read("/etc/postfix/main.cf"), StringComparison.Ordinal);
        Assert.Contains("\nlisten = 127.0.0.1\n", box.Read("/etc/dovecot/dovecot.conf"), StringComparison.Ordinal);
        Assert.DoesNotContain("[::1]", box.Read("/etc/nginx/mibc/sites.conf"), StringComparison.Ordinal);
    }

    [Fact]
    public void PublicBox_ListensOnEveryAddress()
    {
        using var box = Build(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "box.mib")));

        Assert.Contains("\ninet_interfaces = all\n", box.Read("/etc/postfix/main.cf"), StringComparison.Ordinal);
        Assert.Contains("\nlisten = *, ::\n", box.Read("/etc/dovecot/dovecot.conf"), StringComparison.Ordinal);
        Assert.Contains("    listen 443 ssl http2 default_server;\n    listen [::]:443 ssl http2 default_server;\n", box.Read("/etc/nginx/mibc/sites.conf"), StringComparison.Ordinal);
    }

    private static BuiltBox Build(string text)
    {
        var directory = new TempDirectory();
        var path = directory.WriteFile("box.mib", text);
        var result = Compilers.Create().Build(path, directory.Combine("bundle"));
        if (result.HasErrors)
        {
            directory.Dispose();
            Assert.Fail(Compilers.Render(result));
        }

        return new BuiltBox(directory);
    }

    private sealed class BuiltBox(TempDirectory directory) : IDisposable
    {
        public string Read(string targetPath) => File.ReadAllText(directory.Combine("bundle", "files" + targetPath));

        public void Dispose() => directory.Dispose();
    }
}
