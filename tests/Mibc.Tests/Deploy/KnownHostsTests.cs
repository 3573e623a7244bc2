using Mibc.Compiler.Deploy;
using Mibc.Language.Text;
using Mibc.Tests.Support;

namespace Mibc.Tests.Deploy;

/// <summary>known_hosts parsing and matching, with keys and hashed names made by the real ssh-keygen.</summary>
public sealed class KnownHostsTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly SshPublicKey hostKey;
    private readonly SshPublicKey otherKey;
    private readonly string hostKeyLine;
    private readonly string otherKeyLine;

    public KnownHostsTests()
    {
        (hostKeyLine, hostKey) = NewKey("host", "ed25519");
        (otherKeyLine, otherKey) = NewKey("other", "ed25519");
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Fingerprint_MatchesSshKeygen()
    {
        var printed = ProcessRunner.Run("ssh-keygen", ["-lf", temp.Combine("host.pub")]).Output.Split(' ')[1];

        Assert.Equal(printed, hostKey.Fingerprint);
    }

    [Fact]
    public void Verify_AcceptsPlainWildcardAndPortEntries()
    {
        var file = Parse($"""
            # comment
            mail.example.org,192.0.2.1 {hostKeyLine}
            *.example.net {hostKeyLine}
            [127.0.0.1]:22022 {hostKeyLine}
            """);

        Assert.True(Verify(file, "mail.example.org", 22).Accepted);
        Assert.True(Verify(file, "MAIL.example.ORG", 22).Accepted);
        Assert.True(Verify(file, "192.0.2.1", 22).Accepted);
        Assert.True(Verify(file, "box.example.net", 22).Accepted);
        Assert.True(Verify(file, "127.0.0.1", 22022).Accepted);
        Assert.False(Verify(file, "127.0.0.1", 22).Accepted);
        Assert.False(Verify(file, "mail.example.org", 2222).Accepted);
    }

    [Fact]
    public void Verify_NegatedPatternExcludesHost()
    {
        var file = Parse($"*.example.org,!bad.example.org {hostKeyLine}\n");

        Assert.True(Verify(file, "good.example.org", 22).Accepted);
        Assert.False(Verify(file, "bad.example.org", 22).Accepted);
    }

    [Fact]
    public void Verify_AcceptsHashedEntry()
    {
        var path = temp.Combine("known_hosts");
        File.WriteAllText(path, $"[127.0.0.1]:22022 {hostKeyLine}\nmail.example.org {hostKeyLine}\n");
        Assert.Equal(0, ProcessRunner.Run("ssh-keygen", ["-H", "-f", path]).ExitCode);
        var file = KnownHostsFile.Load(path);

        Assert.All(file.Entries, entry => Assert.StartsWith("|1|", entry.Hosts));
        Assert.True(Verify(file, "127.0.0.1", 22022).Accepted);
        Assert.True(Verify(file, "mail.example.org", 22).Accepted);
        Assert.False(Verify(file, "other.example.org", 22).Accepted);
    }

    [Fact]
    public void Verify_ChangedKeyPointsAtLine()
    {
        var file = Parse($"\nmail.example.org {otherKeyLine}\n");

        var verdict = Verify(file, "mail.example.org", 22);

        Assert.False(verdict.Accepted);
        Assert.Equal("MIB4001", verdict.Diagnostic?.Code);
        Assert.Equal(2, verdict.Diagnostic?.Location.StartLine);
        Assert.Contains(hostKey.Fingerprint, verdict.Message);
        Assert.Contains(otherKey.Fingerprint, verdict.Message);
        Assert.Contains($"mail.example.org {otherKeyLine}"[..60], verdict.Describe());
    }

    [Fact]
    public void Verify_RevokedKeyIsRejected()
    {
        var file = Parse($"mail.example.org {hostKeyLine}\n@revoked * {hostKeyLine}\n");

        var verdict = Verify(file, "mail.example.org", 22);

        Assert.False(verdict.Accepted);
        Assert.Equal("MIB4002", verdict.Diagnostic?.Code);
        Assert.Equal(2, verdict.Diagnostic?.Location.StartLine);
    }

    [Fact]
    public void Verify_UnknownHostShowsFingerprint()
    {
        var file = Parse("garbage line\nother.example.org not-a-key\n");

        var verdict = Verify(file, "mail.example.org", 22);

        Assert.False(verdict.Accepted);
        Assert.Null(verdict.Diagnostic);
        Assert.Contains($"the host sent ssh-ed25519 {hostKey.Fingerprint}", verdict.Message);
        Assert.Empty(file.Entries);
    }

    [Fact]
    public void Verify_CertAuthorityLineIsNoHostKey()
    {
        var file = Parse($"@cert-authority mail.example.org {hostKeyLine}\n");

        Assert.False(Verify(file, "mail.example.org", 22).Accepted);
    }

    [Theory]
    [InlineData("SHA256:abc")]
    [InlineData("MD5:00:11:22")]
    [InlineData("lweqQa3jizRbq8XJ1zOjAdvPp8vsRGQ8aOyZGBUPl78")]
    public void Fingerprint_RejectsMalformedPin(string pin)
    {
        var error = Assert.Throws<FormatException>(() => HostKeyVerifier.ForFingerprint(pin));

        Assert.Contains("invalid host key fingerprint", error.Message);
    }

    [Fact]
    public void Fingerprint_AcceptsPaddedPin()
    {
        var verifier = HostKeyVerifier.ForFingerprint(hostKey.Fingerprint + "=");

        Assert.True(verifier.Verify(new SshEndpoint("root", "mail.example.org", 22), hostKey).Accepted);
        Assert.False(verifier.Verify(new SshEndpoint("root", "mail.example.org", 22), otherKey).Accepted);
    }

    [Theory]
    [InlineData("root@mail.example.org", "root", "mail.example.org", 22)]
    [InlineData("deploy@mail.example.org:2222", "deploy", "mail.example.org", 2222)]
    [InlineData("mail.example.org", "admin", "mail.example.org", 22)]
    [InlineData("root@[2001:db8::1]:2200", "root", "2001:db8::1", 2200)]
    [InlineData("[::1]", "admin", "::1", 22)]
    public void Endpoint_ParsesUserHostAndPort(string text, string user, string host, int port)
    {
        Assert.Equal(new SshEndpoint(user, host, port), SshEndpoint.Parse(text, "admin", 22));
    }

    [Theory]
    [InlineData("root@2001:db8::1")]
    [InlineData("root@host:99999")]
    [InlineData("root@host:ssh")]
    [InlineData("@host")]
    [InlineData("root@[::1")]
    public void Endpoint_RejectsMalformedText(string text)
    {
        var error = Assert.Throws<FormatException>(() => SshEndpoint.Parse(text, "root", 22));

        Assert.Contains($"invalid host '{text}'", error.Message);
    }

    private static KnownHostsFile Parse(string text) => KnownHostsFile.Parse(new SourceText("known_hosts", text));

    private HostKeyVerdict Verify(KnownHostsFile file, string host, int port) =>
        HostKeyVerifier.ForKnownHosts(file).Verify(new SshEndpoint("root", host, port), hostKey);

    private (string Line, SshPublicKey Key) NewKey(string name, string type)
    {
        var path = temp.Combine(name);
        Assert.Equal(0, ProcessRunner.Run("ssh-keygen", ["-q", "-t", type, "-N", "", "-C", name, "-f", path]).ExitCode);
        var line = File.ReadAllText(path + ".pub").Trim();
        return (line, SshPublicKey.ParseLine(line));
    }
}
