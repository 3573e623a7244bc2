using Mibc.Language.Model;
using Mibc.Language.Semantics;
using Mibc.Language.Text;
using Mibc.Tests.Support;

namespace Mibc.Tests.DaemonTargets;

/// <summary>
/// Free-text values with quotes, line breaks, '$', '#' or commas either never reach a config (an error at the
/// value) or reach it unchanged in meaning.
/// </summary>
public sealed class HostileValueTests
{
    private static readonly string HostileSample = Path.Combine(RepositoryPaths.Samples, "hostile.mib");

    /// <summary>
    /// The free-text values of hostile.mib that the daemon configs would hold, with the error each gets: the
    /// cipher string at its quote, which OpenSSL cannot parse, and the ciphersuites value as a whole, which names
    /// no suite.
    /// </summary>
    public static TheoryData<string, string> TargetValues()
    {
        var tls = BoxChecker.CheckFile(HostileSample).Model!.Policy.Tls;
        var ciphers = tls.Ciphers!;
        var quote = ciphers.Value.CipherString!.IndexOf('"', StringComparison.Ordinal);
        return new TheoryData<string, string>
        {
            // The literal starts with its own quote, and the escaped quote takes two characters in the file.
            { "MIB1040", $"line {ciphers.Span.StartLine}, column {ciphers.Span.StartColumn + 1 + quote}" },
            { "MIB1042", Describe(tls.Ciphersuites!.Span) },
        };
    }

    [Theory]
    [MemberData(nameof(TargetValues))]
    public void HostileSample_RejectsValueAtItsSpan(string code, string location)
    {
        var result = Compilers.Create().Check(HostileSample);

        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Code == code && diagnostic.IsError && Describe(diagnostic.Location) == location);
    }

    // The values parse and bind, so the rejections come from reading them as OpenSSL does, not from syntax.
    [Fact]
    public void HostileSample_IsRejectedByTlsCheck()
    {
        var result = Compilers.Create().Check(HostileSample);

        Assert.NotNull(result.Check.Model);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, diagnostic => Assert.Contains(diagnostic.Code, new[] { "MIB1040", "MIB1042" }));
    }

    // The language check rejects every character OpenSSL cannot parse. This guard in the targets only matters
    // for a model built some other way, and it must still keep a quote out of the configs.
    [Fact]
    public void RenderModel_RejectsUnsafeCipherText()
    {
        var model = BoxChecker.CheckFile(Path.Combine(RepositoryPaths.Samples, "box.mib")).Model!;
        var tls = model.Policy.Tls;
        var hostile = model with
        {
            Policy = model.Policy with
            {
                Tls = tls with { Ciphers = new Located<CipherSpec>(new CipherSpec(null, "HIGH:!aNULL\"; x"), tls.Profile.Span) },
            },
        };

        var (renderModel, diagnostics) = Mibc.Targets.Render.RenderModelBuilder.Build(hostile);

        Assert.Null(renderModel);
        Assert.Contains(diagnostics, diagnostic => diagnostic.Code == "MIB3002" && diagnostic.IsError);
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
