using System.Text.RegularExpressions;
using Mibc.Targets.Profiles;

namespace Mibc.Tests.DaemonTargets;

/// <summary>
/// Each sample bundle passes the config checks of the real Postfix, Dovecot, nginx and OpenDKIM of the
/// test machine (Debian 12), with its files at their real paths in a <see cref="HostSandbox"/>.
/// </summary>
public sealed partial class DaemonCheckTests
{
    /// <summary>
    /// Settings that only a newer daemon than the test machine's knows, with the version that adds each.
    /// A bundle for a release with that version may use them, and the older daemon here warns that they
    /// are unused; any other "unused parameter" warning means a misspelt setting.
    /// </summary>
    private static readonly Dictionary<string, Version> NewerPostfixSettings = new(StringComparer.Ordinal)
    {
        ["tls_ffdhe_auto_groups"] = OsTarget.PostfixFfdheGroupsSince,
    };

    public static TheoryData<string> Samples() => SampleBundle.Buildable();

    [Theory]
    [MemberData(nameof(Samples))]
    public void PostfixCheck_Passes(string sample)
    {
        var run = DaemonCheckRun.For(sample);

        Assert.True(run.PostfixCheck.ExitCode == 0, run.PostfixCheck.All);
        Assert.Empty(UnexpectedPostfixWarnings(run, run.PostfixCheck));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Postconf_PrintsNoWarnings(string sample)
    {
        var run = DaemonCheckRun.For(sample);

        Assert.True(run.Postconf.ExitCode == 0, run.Postconf.All);
        Assert.Empty(UnexpectedPostfixWarnings(run, run.Postconf));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Doveconf_AcceptsConfig(string sample)
    {
        var run = DaemonCheckRun.For(sample);

        Assert.True(run.Doveconf.ExitCode == 0, run.Doveconf.All);
        Assert.Equal(string.Empty, run.Doveconf.Error);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void NginxTest_AcceptsConfig(string sample)
    {
        var run = DaemonCheckRun.For(sample);

        Assert.True(run.Nginx.ExitCode == 0, run.Nginx.All);
        Assert.DoesNotContain("[warn]", run.Nginx.All, StringComparison.Ordinal);
        Assert.Contains("test is successful", run.Nginx.All, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void OpenDkimCheck_AcceptsConfig(string sample)
    {
        var run = DaemonCheckRun.For(sample);

        Assert.True(run.HasOpenDkim, $"{sample} signs with no domain, so it has no OpenDKIM config to check.");
        Assert.True(run.OpenDkim.ExitCode == 0, run.OpenDkim.All);
        Assert.Equal(string.Empty, run.OpenDkim.All);
    }

    /// <summary>Returns the warning lines that are neither a known newer setting nor expected on this machine.</summary>
    private static List<string> UnexpectedPostfixWarnings(DaemonCheckRun run, SandboxResult result) =>
        [.. result.All.Split('\n')
            .Where(line => line.Contains("warning:", StringComparison.Ordinal))
            .Where(line => !IsExpectedNewerSetting(run, line))
            .Distinct()];

    private static bool IsExpectedNewerSetting(DaemonCheckRun run, string line)
    {
        var match = UnusedParameter().Match(line);
        return match.Success
            && NewerPostfixSettings.TryGetValue(match.Groups[1].Value, out var since)
            && run.Os.Postfix >= since
            && run.MachinePostfix < since;
    }

    [GeneratedRegex(@"unused parameter: ([a-z0-9_]+)=")]
    private static partial Regex UnusedParameter();
}
