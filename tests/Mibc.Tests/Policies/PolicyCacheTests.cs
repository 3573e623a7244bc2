using Mibc.Compiler.Policies;
using Mibc.Language.Diagnostics;
using Mibc.Language.Text;

namespace Mibc.Tests.Policies;

public sealed class PolicyCacheTests
{
    private static readonly string QuotaRule = RuleSource.Rule("ORG1001", "quota", "Quota", "context.Report(context.Box.Host.Admin, \"first version\");");

    [Fact]
    public void SecondLoadHitsCache()
    {
        using var workspace = new PolicyWorkspace(ownCache: true);
        var packs = LoadPacks(workspace);
        var cache = new PolicyCache(workspace.CacheDirectory);

        var cold = PolicySetLoader.Load(packs, cache);
        var warm = PolicySetLoader.Load(packs, cache);

        Assert.False(cold.FromCache);
        Assert.True(warm.FromCache);
        Assert.Equal(cold.Rules.Select(rule => rule.Info), warm.Rules.Select(rule => rule.Info));
        Assert.Single(Directory.GetDirectories(workspace.CacheDirectory));
    }

    [Fact]
    public void EditingPolicyInvalidatesCache()
    {
        using var workspace = new PolicyWorkspace(ownCache: true);
        workspace.WriteBox("packs = [\"./org\"]");
        workspace.Write("org/Quota.cs", QuotaRule);
        Assert.Contains(workspace.Check(), diagnostic => diagnostic.Message == "first version");

        workspace.Write("org/Quota.cs", QuotaRule.Replace("first version", "second version", StringComparison.Ordinal));
        var packs = LoadPacks(workspace);
        var edited = PolicySetLoader.Load(packs, new PolicyCache(workspace.CacheDirectory));

        Assert.False(edited.FromCache);
        Assert.Contains(workspace.Check(), diagnostic => diagnostic.Message == "second version");
        Assert.True(PolicySetLoader.Load(packs, new PolicyCache(workspace.CacheDirectory)).FromCache);
    }

    [Fact]
    public void CachedCompileErrorsAreReportedAgain()
    {
        using var workspace = new PolicyWorkspace(ownCache: true);
        workspace.Write("org/Broken.cs", RuleSource.Rule("ORG1001", "broken", "Broken", "var x = ;"));
        var packs = LoadPacks(workspace);
        var cache = new PolicyCache(workspace.CacheDirectory);

        var cold = PolicySetLoader.Load(packs, cache);
        var warm = PolicySetLoader.Load(packs, cache);

        Assert.True(warm.FromCache);
        var error = Assert.Single(warm.Diagnostics);
        Assert.Equal(DiagnosticCatalog.PolicyCompileError.Code, error.Code);
        Assert.Equal(Assert.Single(cold.Diagnostics), error);
        Assert.Equal(PolicyHost.BaselinePack.Files.Length, warm.Rules.Length);
    }

    [Fact]
    public void CorruptEntryIsRecompiled()
    {
        using var workspace = new PolicyWorkspace(ownCache: true);
        var packs = LoadPacks(workspace);
        var cache = new PolicyCache(workspace.CacheDirectory);
        PolicySetLoader.Load(packs, cache);
        var entry = Assert.Single(Directory.GetDirectories(workspace.CacheDirectory));
        File.WriteAllText(Path.Combine(entry, "manifest.json"), "{ not json");

        var reloaded = PolicySetLoader.Load(packs, cache);

        Assert.False(reloaded.FromCache);
        Assert.Equal(PolicyHost.BaselinePack.Files.Length + 1, reloaded.Rules.Length);
        Assert.True(PolicySetLoader.Load(packs, cache).FromCache);
    }

    [Fact]
    public void KeyCoversFileNamesAndOrder()
    {
        var first = new PolicyPack("./a", false, [new PolicyFile("A.cs", new SourceText("a/A.cs", "class A { }"))]);
        var renamed = first with { Files = [new PolicyFile("B.cs", new SourceText("a/B.cs", "class A { }"))] };
        var second = new PolicyPack("./b", false, [new PolicyFile("B.cs", new SourceText("b/B.cs", "class B { }"))]);

        Assert.Equal(PolicyCache.ComputeKey([first, second]), PolicyCache.ComputeKey([first, second]));
        Assert.NotEqual(PolicyCache.ComputeKey([first]), PolicyCache.ComputeKey([renamed]));
        Assert.NotEqual(PolicyCache.ComputeKey([first, second]), PolicyCache.ComputeKey([second, first]));
    }

    [Fact]
    public void UnwritableCacheStillChecks()
    {
        using var workspace = new PolicyWorkspace(ownCache: true);
        File.WriteAllText(workspace.CacheDirectory, "a file where the cache directory should be");
        workspace.WriteBox("submission = starttls_optional");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("MIB2101", finding.Code);
    }

    private static List<PolicyPack> LoadPacks(PolicyWorkspace workspace)
    {
        if (!Directory.Exists(Path.Combine(workspace.Root, "org")))
        {
            workspace.Write("org/Quota.cs", QuotaRule);
        }

        return [PolicyHost.BaselinePack, PolicyPack.LoadDirectory("./org", Path.Combine(workspace.Root, "org"), "org")];
    }
}
