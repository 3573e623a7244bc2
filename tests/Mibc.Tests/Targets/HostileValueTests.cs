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

    /// <summary>Every free-text value of hostile.mib that a target writes into a config, with where it is.</summary>
    public static TheoryData<string, string> TargetValues()
    {
        var model = BoxChecker.CheckFile(HostileSample).Model!;
        var values = new TheoryData<string, string>();
        foreach (var domain in model.Domains.Where(domain => domain.Dkim.Enabled.Value))
        {
            values.Add("MIB3003", Describe(domain.Dkim.Selector.Span));
        }

        foreach (var domain in model.Domains.Where(domain => domain.WebRoot is not null))
        {
            values.Add("MIB3001", Describe(domain.WebRoot!.Span));
        }

        values.Add("MIB3004", Describe(model.Policy.Tls.Ciphers!.Span));
        values.Add("MIB3004", Describe(model.Policy.Tls.Ciphersuites!.Span));
        return values;
    }

    [Theory]
    [MemberData(nameof(TargetValues))]
    public void HostileSample_RejectsValueAtItsSpan(string code, string location)
    {
        var result = Compilers.Create().Check(HostileSample);

        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Code == code && diagnostic.IsError && Describe(diagnostic.Location) == location);
    }

    // The language accepts every value, so the rejections come from the target checks, not from syntax or types.
    [Fact]
    public void HostileSample_PassesLanguageChecks()
    {
        var result = Compilers.Create().Check(HostileSample);

        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Code.StartsWith("MIB0", StringComparison.Ordinal) || diagnostic.Code.StartsWith("MIB1", StringComparison.Ordinal));
        Assert.NotNull(result.Check.Model);
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

    // OpenSSL splits cipher strings at ',', ';' and spaces as at ':'; the real openssl shows the written
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
