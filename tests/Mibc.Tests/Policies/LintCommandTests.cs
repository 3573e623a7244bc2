using System.Text.Json;
using Json.Schema;
using Mibc.Tests.Support;

namespace Mibc.Tests.Policies;

/// <summary>Runs <c>mibc lint</c>, <c>check</c> and <c>explain</c> as processes, as CI does.</summary>
public sealed class LintCommandTests : IDisposable
{
    private readonly PolicyWorkspace workspace = new(ownCache: true);

    private static string SampleBox => Path.Combine(RepositoryPaths.Root, "samples", "box.mib");

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void SampleSarifMatchesSchema()
    {
        var (exitCode, output, _) = Mibc("lint", SampleBox, "--format", "sarif");

        Assert.Equal(0, exitCode);
        AssertValidSarif(output);
    }

    [Fact]
    public void SchemaRejectsBrokenSarif()
    {
        var (_, output, _) = Mibc("lint", SampleBox, "--format", "sarif");
        var broken = output.Replace("\"level\": \"error\"", "\"level\": \"fatal\"", StringComparison.Ordinal);

        using var document = JsonDocument.Parse(broken);

        Assert.NotEqual(output, broken);
        Assert.False(SarifSchema.Value.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void FindingSarifHasRuleAndRegion()
    {
        workspace.WriteBox("submission = starttls_optional");

        var (exitCode, output, _) = Mibc("lint", "box.mib", "--format", "sarif");

        Assert.Equal(1, exitCode);
        AssertValidSarif(output);
        var run = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results").EnumerateArray().Single(item => item.GetProperty("ruleId").GetString() == "MIB2101");
        Assert.Equal("error", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("box.mib", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(18, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(14, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[result.GetProperty("ruleIndex").GetInt32()];
        Assert.Equal("MIB2101", rule.GetProperty("id").GetString());
        Assert.Equal("submission-auth-after-starttls", rule.GetProperty("name").GetString());
        Assert.Contains("smtpd_tls_auth_only", rule.GetProperty("help").GetProperty("text").GetString());
        Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void GithubFormatWritesAnnotations()
    {
        workspace.WriteBox("submission = starttls_optional\nrules { MIB2107 = info }", passwordLogin: true);

        var (exitCode, output, _) = Mibc("lint", "box.mib", "--format", "github");

        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("::error file=box.mib,line=18,col=14,endLine=18,endColumn=31,title=MIB2101 submission-auth-after-starttls::submission = starttls_optional offers AUTH before STARTTLS, so passwords can cross in plaintext: set submission = starttls_required", lines);
        Assert.Contains(lines, line => line.StartsWith("::warning file=box.mib,line=4,", StringComparison.Ordinal) && line.Contains("title=MIB2111 ssh-password-login::", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("::notice file=box.mib,", StringComparison.Ordinal) && line.Contains("MIB2107", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonFormatListsDiagnostics()
    {
        workspace.WriteBox(passwordLogin: true);

        var (exitCode, output, _) = Mibc("lint", "box.mib", "--format", "json");

        Assert.Equal(0, exitCode);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        var file = Assert.Single(root.GetProperty("files").EnumerateArray());
        Assert.Equal("box.mib", file.GetProperty("path").GetString());
        var warning = file.GetProperty("diagnostics").EnumerateArray().Single(item => item.GetProperty("code").GetString() == "MIB2111");
        Assert.Equal("ssh-password-login", warning.GetProperty("rule").GetString());
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal(4, warning.GetProperty("line").GetInt32());
    }

    [Fact]
    public void FailLevelWarningFailsOnWarnings()
    {
        workspace.WriteBox(passwordLogin: true);

        var lenient = Mibc("lint", "box.mib");
        var strict = Mibc("lint", "box.mib", "--fail-level", "warning");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("box.mib(4,", strict.Output);
    }

    [Fact]
    public void LintTakesSeveralFiles()
    {
        workspace.WriteBox("submission = starttls_optional");

        var (exitCode, output, _) = Mibc("lint", "box.mib", SampleBox, "--format", "json");

        Assert.Equal(1, exitCode);
        var files = JsonDocument.Parse(output).RootElement.GetProperty("files").EnumerateArray().Select(file => file.GetProperty("path").GetString()).ToList();
        Assert.Equal(["box.mib", SampleBox], files);
    }

    [Fact]
    public void CheckFailsAtStarttlsLine()
    {
        workspace.WriteBox("submission = starttls_optional");

        var (exitCode, output, _) = Mibc("check", "box.mib");

        Assert.Equal(1, exitCode);
        Assert.Contains("box.mib(18,14): error MIB2101: submission = starttls_optional offers AUTH before STARTTLS", output);
    }

    [Fact]
    public void CheckReportsPolicyFileError()
    {
        workspace.Write("org/Rule.cs", RuleSource.Rule("ORG1001", "files", "Files", "System.IO.File.Delete(\"/tmp/x\");"));
        workspace.WriteBox("packs = [\"./org\"]");

        var (exitCode, output, error) = Mibc("check", "box.mib");

        Assert.Equal(1, exitCode);
        Assert.Contains($"{Path.Combine("org", "Rule.cs")}(14,9): error MIB2002: policy uses 'System.IO.File.Delete(string)'", output);
        Assert.Empty(error);
    }

    [Fact]
    public void ExplainPrintsHelp()
    {
        var byId = Mibc("explain", "MIB2101");
        var byName = Mibc("explain", "ssh-password-login");
        var unknown = Mibc("explain", "MIB2999");

        Assert.Equal(0, byId.ExitCode);
        Assert.StartsWith("MIB2101 submission-auth-after-starttls", byId.Output);
        Assert.Contains("smtpd_tls_auth_only", byId.Output);
        Assert.Contains("MIB2111", byName.Output);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("'MIB2999'", unknown.Error);
    }

    [Fact]
    public void ExplainFindsPackRule()
    {
        var pack = Path.Combine(RepositoryPaths.Root, "samples", "org-policies");

        var (exitCode, output, _) = Mibc("explain", "ORG1002", "--policies", pack);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("ORG1002 dmarc-reject", output);
    }

    private MibcProcess.Result Mibc(params string[] arguments) =>
        MibcProcess.Run(workspace.Root, TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["MIBC_CACHE_DIR"] = workspace.CacheDirectory }, [], arguments);

    private static void AssertValidSarif(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var result = SarifSchema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(detail => detail.Errors is not null)
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }
}
