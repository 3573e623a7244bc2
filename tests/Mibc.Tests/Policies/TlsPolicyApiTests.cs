using Mibc.Language.Diagnostics;

namespace Mibc.Tests.Policies;

/// <summary>What a user pack can do with the TLS API and with a finding's maximum level.</summary>
public sealed class TlsPolicyApiTests
{
    [Fact]
    public void UserPackUsesTlsApi()
    {
        const string body = """
            var tls = EffectiveTls.For(context.Box);
            var submission = tls.Find(Listener.Submission)!;
            var expansion = CipherStringEvaluator.Evaluate("HIGH:!aNULL", OpenSslVersion.V3_0);
            context.Report(submission.Profile, $"{submission.Profile.Value} {submission.EnabledSuites.Length} {submission.Listener.Port()} {expansion.Suites.Length > 0}");
            """;
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Rule.cs", RuleSource.Rule("ORG1001", "tls-api", "TlsApi", body, usings: "using Mibc.Language.Tls;"));
        workspace.WriteBox("packs = [\"./org\"]");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("ORG1001", finding.Code);
        Assert.Equal("mozilla_intermediate 9 587 True", finding.Message);
    }

    [Fact]
    public void MaximumLevelLowersFinding()
    {
        const string body = """
            context.Report(context.Box.Host.Name.Span, "capped at warning", RuleLevel.Warning);
            context.Report(context.Box.Host.Name, "capped at info", RuleLevel.Info);
            context.Report(context.Box.Host.Name, "not capped");
            """;
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Rule.cs", RuleSource.Rule("ORG1001", "capped", "Capped", body));
        workspace.WriteBox("packs = [\"./org\"]");

        var severities = workspace.Check().ToDictionary(diagnostic => diagnostic.Message, diagnostic => diagnostic.Severity);

        Assert.Equal(DiagnosticSeverity.Warning, severities["capped at warning"]);
        Assert.Equal(DiagnosticSeverity.Info, severities["capped at info"]);
        Assert.Equal(DiagnosticSeverity.Error, severities["not capped"]);
    }

    [Fact]
    public void MaximumLevelOffIsRuleFailure()
    {
        const string body = """context.Report(context.Box.Host.Name.Span, "silent", RuleLevel.Off);""";
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Rule.cs", RuleSource.Rule("ORG1001", "off-cap", "OffCap", body));
        workspace.WriteBox("packs = [\"./org\"]");

        var failure = Assert.Single(workspace.Check());

        Assert.Equal(DiagnosticCatalog.PolicyThrew.Code, failure.Code);
        Assert.Contains("ArgumentOutOfRangeException", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatterNeedsForbiddenWriter()
    {
        const string body = """var list = new Mibc.Language.Tls.CipherListFormatter(System.IO.TextWriter.Null);""";
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Rule.cs", RuleSource.Rule("ORG1001", "formatter", "Formatter", body));
        workspace.WriteBox("packs = [\"./org\"]");

        var violation = Assert.Single(workspace.Check(), diagnostic => diagnostic.Code == DiagnosticCatalog.PolicyForbiddenApi.Code);

        Assert.Contains("System.IO.TextWriter", violation.Message, StringComparison.Ordinal);
    }
}
