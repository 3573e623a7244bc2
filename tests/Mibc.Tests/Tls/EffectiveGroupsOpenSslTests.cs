using System.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Tests.Tls;

/// <summary>
/// Hands each profile's effective groups to the real openssl (3.0 on the test machine), which parses a
/// groups list before it connects and fails the whole list when one name is unknown.
/// </summary>
public sealed class EffectiveGroupsOpenSslTests
{
    // NOTE: nothing is expected to listen on this loopback port, so s_client stops at the refused connection
    // after it parses its options. The port is in the range given to the TLS tests.
    private const string ClosedPort = "127.0.0.1:23811";

    public static TheoryData<string> ProfileNames() => [.. TlsProfiles.All.Select(profile => profile.Name)];

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void OpenSslAcceptsEffectiveGroups(string profile)
    {
        var model = TlsBoxes.Model($"tls {{ profile = {profile} }}");
        var groups = string.Join(':', EffectiveTls.For(model, Listener.Https).Groups.Select(group => group.Name));

        var output = RunSClient(groups);

        Assert.DoesNotContain("SSL_CONF_cmd", output, StringComparison.Ordinal);
        Assert.Contains("connect", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OpenSslRejectsUnfilteredGroups()
    {
        var groups = string.Join(':', TlsProfiles.MozillaIntermediate.Groups.Select(group => group.Name));

        var output = RunSClient(groups);

        Assert.Contains("SSL_CONF_cmd(-groups", output, StringComparison.Ordinal);
        Assert.Contains(NamedGroups.X25519MlKem768.Name, output, StringComparison.Ordinal);
    }

    private static string RunSClient(string groups)
    {
        var start = new ProcessStartInfo("openssl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "s_client", "-groups", groups, "-connect", ClosedPort })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("openssl did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"openssl s_client -groups {groups} did not finish within 10 seconds.");
        }

        Assert.NotEqual(0, process.ExitCode);
        return output.Result + error.Result;
    }
}
