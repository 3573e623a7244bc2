using Mibc.Compiler.Pipeline;
using Mibc.Compiler.Policies;
using Mibc.Language.Diagnostics;
using Mibc.Tests.Support;

namespace Mibc.Tests.Policies;

public sealed class BaselineRuleTests
{
    [Theory]
    [InlineData("submission = starttls_optional", "MIB2101", 14)]
    [InlineData("imap = plaintext_allowed", "MIB2102", 8)]
    [InlineData("pop = plaintext_allowed", "MIB2103", 7)]
    [InlineData("https { hsts = 0s }", "MIB2105", 16)]
    [InlineData("https { hsts = 30d }", "MIB2105", 16)]
    [InlineData("certificate_key = rsa1024", "MIB2108", 19)]
    [InlineData("csr_digest = sha1", "MIB2109", 14)]
    public void PolicySettingFailsWithRuleAtItsValue(string setting, string code, int column)
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox(setting);

        var diagnostics = workspace.Check();

        var finding = Assert.Single(diagnostics);
        Assert.Equal(code, finding.Code);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal(18, finding.Location.StartLine);
        Assert.Equal(column, finding.Location.StartColumn);
    }

    [Fact]
    public void RedirectOffFailsHttpsAndAdminRules()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("https { redirect_http = false }");

        var codes = workspace.Check().Select(diagnostic => diagnostic.Code).Order().ToList();

        Assert.Equal(["MIB2104", "MIB2106"], codes);
    }

    [Fact]
    public void AdminRuleNamesAdminUsers()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("https { redirect_http = false }");

        var finding = workspace.Check().Single(diagnostic => diagnostic.Code == "MIB2104");

        Assert.Contains("admin@example.org", finding.Message);
    }

    [Theory]
    [InlineData("{PLAIN}secret", "plain text")]
    [InlineData("{MD5-CRYPT}$1$abc$def", "weak scheme {MD5-CRYPT}")]
    [InlineData("{SHA1}abcdef", "weak scheme {SHA1}")]
    [InlineData("{CRYPT}abcdef", "weak scheme {CRYPT}")]
    public void WeakPasswordHashIsError(string hash, string expected)
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox(hash: hash);

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("MIB2110", finding.Code);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Contains(expected, finding.Message);
        Assert.Equal(12, finding.Location.StartLine);
    }

    [Theory]
    [InlineData("{SHA512-CRYPT}$6$salt$hash")]
    [InlineData("{BLF-CRYPT}$2y$05$abcdefghijklmnopqrstuv")]
    [InlineData("{ARGON2ID}$argon2id$v=19$m=65536,t=3,p=1$salt$hash")]
    public void StrongPasswordHashPasses(string hash)
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox(hash: hash);

        Assert.Empty(workspace.Check());
    }

    [Fact]
    public void SshPasswordLoginIsWarning()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox(passwordLogin: true);

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("MIB2111", finding.Code);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal(4, finding.Location.StartLine);
    }

    [Fact]
    public void SelfSignedNoteIsOptIn()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("rules { certificate-self-signed = info }");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("MIB2107", finding.Code);
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Equal(1, finding.Location.StartLine);
        Assert.Equal(5, finding.Location.StartColumn);
    }

    [Fact]
    public void RealisticSampleIsClean()
    {
        using var workspace = new PolicyWorkspace();
        var compiler = new BoxCompiler(new CompilationOptions(), [workspace.CreateHost()]);

        var result = compiler.Check(Path.Combine(RepositoryPaths.Root, "samples", "box.mib"));

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void BaselineCompilesCleanly()
    {
        using var workspace = new PolicyWorkspace();

        var set = PolicySetLoader.Load([PolicyHost.BaselinePack], new PolicyCache(workspace.CacheDirectory));

        Assert.Empty(set.Diagnostics);
        Assert.Equal(PolicyHost.BaselinePack.Files.Length, set.Rules.Length);
        Assert.All(set.Rules, rule => Assert.Matches("^MIB2[12][0-9]{2}$", rule.Info.Id));
    }
}
