using Mibc.Compiler.Policies;
using Mibc.Language.Diagnostics;

namespace Mibc.Tests.Policies;

public sealed class PolicyFailureTests
{
    private static readonly PolicyLimits SmallLimits = new(TimeSpan.FromMilliseconds(500), 2_000_000, 64L * 1024 * 1024);

    private static readonly string Reporter = RuleSource.Rule("ORG1009", "reporter", "Reporter", "context.Report(context.Box.Host.Admin, \"still reported\");");

    [Fact]
    public void SyntaxErrorPointsAtPolicyLine()
    {
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Rule.cs", RuleSource.Rule("ORG1001", "broken", "Broken", "var x = ;"));
        workspace.WriteBox("packs = [\"./org\"]\nsubmission = starttls_optional");

        var diagnostics = workspace.Check();

        var error = Assert.Single(diagnostics, diagnostic => diagnostic.Code == DiagnosticCatalog.PolicyCompileError.Code);
        Assert.StartsWith("CS1525: ", error.Message);
        Assert.Contains("'./org'", error.Message);
        Assert.Equal(14, error.Location.StartLine);
        Assert.Equal(17, error.Location.StartColumn);
        Assert.Contains(diagnostics, diagnostic => diagnostic.Code == "MIB2101");
    }

    [Fact]
    public void TypeErrorPointsAtPolicyLine()
    {
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Rule.cs", RuleSource.Rule("ORG1001", "typed", "Typed", "int count = context.Box.Users;"));
        workspace.WriteBox("packs = [\"./org\"]");

        var error = Assert.Single(workspace.Check());

        Assert.Equal(DiagnosticCatalog.PolicyCompileError.Code, error.Code);
        Assert.StartsWith("CS0029: ", error.Message);
        Assert.Equal(14, error.Location.StartLine);
    }

    [Fact]
    public void BrokenPackKeepsOtherPackRules()
    {
        using var workspace = new PolicyWorkspace();
        workspace.Write("broken/Rule.cs", "this is not C#");
        workspace.Write("good/Rule.cs", Reporter);
        workspace.WriteBox("packs = [\"./broken\", \"./good\"]");

        var diagnostics = workspace.Check();

        Assert.Contains(diagnostics, diagnostic => diagnostic.Code == DiagnosticCatalog.PolicyCompileError.Code);
        Assert.Contains(diagnostics, diagnostic => diagnostic.Code == "ORG1009");
    }

    [Fact]
    public void EndlessLoopIsStoppedAndNamed()
    {
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Loop.cs", RuleSource.Rule("ORG1001", "endless-loop", "EndlessLoop", "var i = 0; while (true) { i++; }"));
        workspace.Write("org/Reporter.cs", Reporter);
        workspace.WriteBox("packs = [\"./org\"]");

        var diagnostics = workspace.Check(SmallLimits);

        var timeout = Assert.Single(diagnostics, diagnostic => diagnostic.Code == DiagnosticCatalog.PolicyTimedOut.Code);
        Assert.Contains("'endless-loop' (ORG1001)", timeout.Message);
        Assert.Equal(8, timeout.Location.StartLine);
        Assert.Contains(diagnostics, diagnostic => diagnostic.Code == "ORG1009");
    }

    [Theory]
    [InlineData("while (true) { try { while (true) { } } catch (System.Exception) { } }", "")]
    [InlineData("Spin(0);", "private static int Spin(int n) => Spin(n + 1) + 1;")]
    [InlineData("var node = new Node();", "public sealed class Node { public Node Next = new Node(); }")]
    [InlineData("start: goto start;", "")]
    [InlineData("System.Func<int, int> f = null!; f = n => f(n + 1); f(0);", "")]
    [InlineData("var n = new Counter().Value;", "public sealed class Counter { public int Value => Value + 1; }")]
    public void RunawayCodeIsStopped(string body, string members)
    {
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Runaway.cs", RuleSource.Rule("ORG1001", "runaway", "Runaway", body, members));
        workspace.WriteBox("packs = [\"./org\"]");

        var timeout = Assert.Single(workspace.Check(SmallLimits));

        Assert.Equal(DiagnosticCatalog.PolicyTimedOut.Code, timeout.Code);
        Assert.Contains("'runaway' (ORG1001)", timeout.Message);
    }

    [Fact]
    public void LongFrameworkCallIsAbandoned()
    {
        // The regex backtracks exponentially inside the framework, where no budget check runs; its own
        // three-second match timeout ends the abandoned thread soon after the test.
        const string body = """
            var pattern = new System.Text.RegularExpressions.Regex("^(a+)+$", System.Text.RegularExpressions.RegexOptions.None, System.TimeSpan.FromSeconds(3));
            pattern.IsMatch(new string('a', 40) + "b");
            """;
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Regex.cs", RuleSource.Rule("ORG1001", "slow-regex", "SlowRegex", body));
        workspace.WriteBox("packs = [\"./org\"]");

        var timeout = Assert.Single(workspace.Check(new PolicyLimits(TimeSpan.FromMilliseconds(200), 2_000_000, 64L * 1024 * 1024)));

        Assert.Equal(DiagnosticCatalog.PolicyTimedOut.Code, timeout.Code);
        Assert.Contains("'slow-regex'", timeout.Message);
    }

    [Fact]
    public void ThrowingRuleIsReportedAtThrow()
    {
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Throws.cs", RuleSource.Rule("ORG1001", "throws", "Throws", "throw new System.InvalidOperationException(\"no admin\");"));
        workspace.Write("org/Reporter.cs", Reporter);
        workspace.WriteBox("packs = [\"./org\"]");

        var diagnostics = workspace.Check();

        var failure = Assert.Single(diagnostics, diagnostic => diagnostic.Code == DiagnosticCatalog.PolicyThrew.Code);
        Assert.Contains("'throws' (ORG1001) failed with InvalidOperationException: no admin", failure.Message);
        Assert.EndsWith(Path.Combine("org", "Throws.cs"), failure.Location.Path);
        Assert.Equal(14, failure.Location.StartLine);
        Assert.Contains(diagnostics, diagnostic => diagnostic.Code == "ORG1009");
    }

    [Fact]
    public void ThrowInExpressionBodyKeepsLine()
    {
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Throws.cs", RuleSource.Rule("ORG1001", "throws", "Throws", "Fail(\n1);", members: "private static int Fail(int n) =>\n    n > 0\n        ? throw new System.ArgumentException(\"bad\")\n        : n;"));
        workspace.WriteBox("packs = [\"./org\"]");

        var failure = Assert.Single(workspace.Check());

        // The PDB maps the whole returned expression to its first line, as for any C# return statement.
        Assert.Equal(DiagnosticCatalog.PolicyThrew.Code, failure.Code);
        Assert.Equal(11, failure.Location.StartLine);
    }

    [Fact]
    public void MissingPackDirectoryNamesPath()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox("packs = [\"./missing\"]\nsubmission = starttls_optional");

        var diagnostics = workspace.Check();

        var error = Assert.Single(diagnostics, diagnostic => diagnostic.Code == DiagnosticCatalog.PolicyPackNotFound.Code);
        Assert.Contains("'./missing'", error.Message);
        Assert.Equal(18, error.Location.StartLine);
        Assert.Equal(10, error.Location.StartColumn);
        Assert.Contains(diagnostics, diagnostic => diagnostic.Code == "MIB2101");
    }

    [Fact]
    public void MissingCommandLinePackIsError()
    {
        using var workspace = new PolicyWorkspace();
        workspace.WriteBox();
        var missing = Path.Combine(workspace.Root, "nowhere");

        var error = Assert.Single(workspace.Check(extraPacks: missing));

        Assert.Equal(DiagnosticCatalog.PolicyPackNotFound.Code, error.Code);
        Assert.Contains(missing, error.Message);
        Assert.True(error.Location.IsNone);
    }

    [Theory]
    [InlineData("[PolicyRule(\"MIB9001\", \"taken-prefix\", Category = \"test\", Summary = \"s\", Help = \"h\")]", "MIB prefix belongs to mibc")]
    [InlineData("[PolicyRule(\"ORG1\", \"short-id\", Category = \"test\", Summary = \"s\", Help = \"h\")]", "not capital letters followed by 3 to 6 digits")]
    [InlineData("[PolicyRule(\"ORG1001\", \"Not_Kebab\", Category = \"test\", Summary = \"s\", Help = \"h\")]", "not kebab-case")]
    [InlineData("[PolicyRule(\"ORG1001\", \"no-help\", Category = \"test\", Summary = \"s\")]", "needs a Help text")]
    [InlineData("", "has no [PolicyRule] attribute")]
    public void InvalidMetadataIsError(string attribute, string problem)
    {
        var source = $$"""
            using Mibc.Compiler.Policies.Api;
            namespace Test.Policies;
            {{attribute}}
            public sealed class Rule : PolicyRule
            {
                public override void Check(PolicyContext context) { }
            }
            """;
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Rule.cs", source);
        workspace.WriteBox("packs = [\"./org\"]");

        var error = Assert.Single(workspace.Check());

        Assert.Equal(DiagnosticCatalog.InvalidRuleMetadata.Code, error.Code);
        Assert.Contains(problem, error.Message);
        Assert.Equal(4, error.Location.StartLine);
    }

    [Fact]
    public void DuplicateRuleIdIsError()
    {
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/A.cs", RuleSource.Rule("ORG1001", "first", "First", ""));
        workspace.Write("org/B.cs", RuleSource.Rule("ORG1001", "second", "Second", ""));
        workspace.WriteBox("packs = [\"./org\"]");

        var error = Assert.Single(workspace.Check());

        Assert.Equal(DiagnosticCatalog.DuplicateRule.Code, error.Code);
        Assert.Contains("'Test.Policies.First'", error.Message);
    }
}
