using Mibc.Language.Model;
using Mibc.Language.Semantics;
using Mibc.Language.Text;
using Mibc.Tests.Support;

namespace Mibc.Tests.DaemonTargets;

/// <summary>
/// Free-text values with quotes, line breaks, '$', '#' or commas either never reach a config (a MIB3xxx
/// error at the value) or reach it unchanged in meaning.
/// </summary>
public sealed class HostileValueTests
{
    private static readonly string HostileSample = Path.Combine(RepositoryPaths.Samples, "hostile.mib");

    /// <summary>The free-text values of hostile.mib that the daemon configs would hold, with where each is.</summary>
    public static TheoryData<string, string> TargetValues()
    {
        var tls = BoxChecker.CheckFile(HostileSample).Model!.Policy.Tls;
        return new TheoryData<string, string>
        {
            { "MIB3002", Describe(tls.Ciphers!.Span) },
            { "MIB3002", Describe(tls.Ciphersuites!.Span) },
        };
    }

    [Theory]
    [MemberData(nameof(TargetValues))]
    public void HostileSample_RejectsValueAtItsSpan(string code, string location)
    {
        var result = Compilers.Create().Check(HostileSample);

        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Code == code && diagnostic.IsError && Describe(diagnostic.Location) == location);
    }

    // The language accepts every value, so the rejections come from the targets, not from syntax or types.
    [Fact]
    public void HostileSample_IsRejectedOnlyByTargets()
    {
        var result = Compilers.Create().Check(HostileSample);

        Assert.NotNull(result.Check.Model);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, diagnostic => Assert.StartsWith("MIB3", diagnostic.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void HostileSample_WritesNoBundle()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("bundle");

        var result = Compilers.Create().Build(HostileSample, output);

        Assert.True(result.HasErrors);
        Assert.Empty(result.Files);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void HostileSample_ErrorMessagesStayOnOneLine()
    {
        var result = Compilers.Create().Check(HostileSample);

        Assert.All(result.Diagnostics, diagnostic => Assert.DoesNotContain('\n', diagnostic.Message));
    }

    [Fact]
    public void AcceptedSample_KeepsPasswordHashesVerbatim()
    {
        using var bundle = SampleBundle.Build("hostile-accepted.mib");
        var users = File.ReadAllLines(Path.Combine(bundle.Directory, "files/etc/dovecot/mibc/users"));

        foreach (var user in bundle.Model.Users)
        {
            var fields = users.Single(line => line.StartsWith(user.Address.Value.Ascii + ":", StringComparison.Ordinal)).Split(':');
            Assert.Equal(user.Password.Value.Text, fields[1]);
        }
    }

    // OpenSSL splits cipher strings at ',', ';' and spaces as at ':'. The real openssl shows that the written
    // string and the one in the configs select the same suites in the same order.
    [Fact]
    public void AcceptedSample_CipherListExpandsAsWritten()
    {
        using var bundle = SampleBundle.Build("hostile-accepted.mib");
        var written = bundle.Model.Policy.Tls.Ciphers!.Value.CipherString!;
        var nginx = File.ReadAllLines(Path.Combine(bundle.Directory, "files/etc/nginx/nginx.conf"));
        var rendered = nginx.Single(line => line.TrimStart().StartsWith("ssl_ciphers ", StringComparison.Ordinal)).Trim()["ssl_ciphers ".Length..].TrimEnd(';');

        Assert.DoesNotContain(',', rendered);
        Assert.Equal(OpenSslCiphers(written), OpenSslCiphers(rendered));
    }

    private static string OpenSslCiphers(string cipherString)
    {
        var start = new System.Diagnostics.ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "ciphers", "-ciphersuites", string.Empty, cipherString })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "openssl ciphers did not finish.");
        Assert.True(process.ExitCode == 0, $"openssl ciphers rejected '{cipherString}': {process.StandardError.ReadToEnd()}");
        return output.Trim();
    }

    private static string Describe(SourceSpan span) => $"line {span.StartLine}, column {span.StartColumn}";
}
