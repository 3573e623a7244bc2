using Mibc.Compiler.Pipeline;
using Mibc.Compiler.Policies;
using Mibc.Tests.Support;

namespace Mibc.Tests.Policies;

public sealed class SamplePackTests
{
    [Fact]
    public void OrgRulesFireOnBreakingSample()
    {
        using var workspace = new PolicyWorkspace();
        var compiler = new BoxCompiler(new CompilationOptions(), [workspace.CreateHost()]);

        var result = compiler.Check(Path.Combine(RepositoryPaths.Root, "samples", "org-policy-violations.mib"));

        var findings = result.Diagnostics.Select(diagnostic => (diagnostic.Code, diagnostic.Location.StartLine)).ToList();
        Assert.Equal([("ORG1002", 10), ("ORG1002", 14), ("ORG1001", 19), ("ORG1001", 23)], findings);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void OrgPackViaCommandLineOption()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox();
        var pack = Path.Combine(RepositoryPaths.Root, "samples", "org-policies");

        var codes = workspace.Check(extraPacks: pack).Select(diagnostic => diagnostic.Code).ToList();

        // The workspace box's only user has a 1GB quota and its domain publishes p=reject.
        Assert.Empty(codes);
    }

    [Fact]
    public void RulesPageIsCurrent()
    {
        using var workspace = new PolicyWorkspace();
        var set = PolicySetLoader.Load([PolicyHost.BaselinePack], new PolicyCache(workspace.CacheDirectory));
        var page = Path.Combine(RepositoryPaths.Root, "docs", "rules.md");

        var expected = RulesDocument.Render(set.Rules.Select(rule => rule.Info));

        Assert.True(
            File.Exists(page) && File.ReadAllText(page) == expected,
            $"docs/rules.md is stale: regenerate it with '{RulesDocument.Command}'.");
    }
}
