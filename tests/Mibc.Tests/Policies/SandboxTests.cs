using Mibc.Language.Diagnostics;

namespace Mibc.Tests.Policies;

public sealed class SandboxTests
{
    [Theory]
    [InlineData("var text = System.IO.File.ReadAllText(\"/etc/passwd\");", "System.IO.File.ReadAllText(string)", "file system access")]
    [InlineData("var home = System.Environment.GetEnvironmentVariable(\"HOME\");", "System.Environment", "the process and its environment")]
    [InlineData("System.Diagnostics.Process.Start(\"ls\");", "System.Diagnostics.Process.Start(string)", "processes")]
    [InlineData("new System.Threading.Thread(() => { }).Start();", "System.Threading.Thread", "threads")]
    [InlineData("System.Threading.Tasks.Task.Run(() => { });", "System.Threading.Tasks.Task.Run", "threads")]
    [InlineData("var client = new System.Net.Http.HttpClient();", "System.Net.Http.HttpClient", "network access")]
    [InlineData("System.Console.WriteLine(\"x\");", "System.Console", "console")]
    [InlineData("var methods = typeof(string).GetMethods();", "System.Type", "reflection")]
    [InlineData("var type = context.GetType();", "System.Type", "reflection")]
    [InlineData("var made = System.Activator.CreateInstance<object>();", "System.Activator", "reflection")]
    [InlineData("object boxed = 1; var value = (dynamic)boxed;", "dynamic", "reflection")]
    [InlineData("var parallel = System.Linq.ParallelEnumerable.AsParallel(new[] { 1 });", "System.Linq.ParallelEnumerable", "threads")]
    [InlineData("Mibc.Language.Semantics.BoxChecker.CheckFile(\"box.mib\");", "Mibc.Language.Semantics.BoxChecker.CheckFile(string)", "mibc's internals")]
    [InlineData("System.Runtime.InteropServices.Marshal.AllocHGlobal(1);", "System.Runtime.InteropServices.Marshal", "unsafe code")]
    public void ForbiddenApiIsNamed(string statement, string api, string reason)
    {
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Rule.cs", RuleSource.Rule("ORG1001", "forbidden", "Forbidden", statement));
        workspace.WriteBox("packs = [\"./org\"]\nsubmission = starttls_optional");

        var diagnostics = workspace.Check();

        var violation = Assert.Single(diagnostics, diagnostic => diagnostic.Code == DiagnosticCatalog.PolicyForbiddenApi.Code);
        Assert.Contains($"'{api}", violation.Message);
        Assert.Contains(reason, violation.Message);
        Assert.EndsWith(Path.Combine("org", "Rule.cs"), violation.Location.Path);
        Assert.Equal(14, violation.Location.StartLine);

        // The broken pack is dropped, but the baseline still reports the box's own problem.
        Assert.Contains(diagnostics, diagnostic => diagnostic.Code == "MIB2101");
    }

    [Fact]
    public void UsingStaticCannotHideApi()
    {
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Rule.cs", RuleSource.Rule("ORG1001", "hidden", "Hidden", "var text = ReadAllText(\"/etc/passwd\");", usings: "using static System.IO.File;"));
        workspace.WriteBox("packs = [\"./org\"]");

        var violations = workspace.Check().Where(diagnostic => diagnostic.Code == DiagnosticCatalog.PolicyForbiddenApi.Code).ToList();

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, violation => violation.Message.Contains("System.IO.File.ReadAllText(string)", StringComparison.Ordinal));
    }

    [Fact]
    public void AllowedApisCompileAndRun()
    {
        const string body = """
            var names = new List<string>();
            var builder = new StringBuilder();
            foreach (var user in context.Box.Users.Where(user => Regex.IsMatch(user.Address.Value.Ascii, "^admin@")))
            {
                names.Add(user.Address.Value.Ascii);
                builder.Append(user.Address.Value.LocalPart.ToUpperInvariant());
            }

            var counts = new Dictionary<string, int> { ["admins"] = names.Count };
            ImmutableArray<MailUser> users = context.Box.Users;
            context.Report(context.Box.Host.Admin, $"{builder} {counts["admins"]} {users.Length} {Math.Max(1, 2)}");
            """;
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Rule.cs", RuleSource.Rule("ORG1001", "allowed", "Allowed", body,
            usings: "using System; using System.Collections.Generic; using System.Collections.Immutable; using System.Linq; using System.Text; using System.Text.RegularExpressions;"));
        workspace.WriteBox("packs = [\"./org\"]");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("ORG1001", finding.Code);
        Assert.Equal("ADMIN 1 1 2", finding.Message);
        Assert.Equal(3, finding.Location.StartLine);
    }

    [Fact]
    public void TlsEngineIsAllowed()
    {
        // Cipher rules read the TLS engine; this one counts the anonymous suites a cipher string enables.
        const string body = """
            var expansion = CipherStringEvaluator.Evaluate("ALL:aNULL", OpenSslVersion.V3_0);
            var anonymous = expansion.Suites.Count(suite => suite.IsAnonymous);
            context.Report(context.Box.Policy.Submission, anonymous > 0 ? "anonymous suites enabled" : "none");
            """;
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Cipher.cs", RuleSource.Rule("ORG1001", "anonymous-ciphers", "AnonymousCiphers", body, usings: "using System.Linq; using Mibc.Language.Tls;"));
        workspace.WriteBox("packs = [\"./org\"]");

        var finding = Assert.Single(workspace.Check());

        Assert.Equal("ORG1001", finding.Code);
        Assert.Equal("anonymous suites enabled", finding.Message);
    }

    [Theory]
    [InlineData("~Rule() { }", "a finalizer")]
    [InlineData("public record Pair(int A, int B);", "record types")]
    [InlineData("[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int getpid();", "extern methods")]
    public void ForbiddenConstructIsNamed(string member, string construct)
    {
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Rule.cs", RuleSource.Rule("ORG1001", "construct", "Rule", "", members: member));
        workspace.WriteBox("packs = [\"./org\"]");

        var diagnostics = workspace.Check();

        var violation = Assert.Single(diagnostics, diagnostic => diagnostic.Code == DiagnosticCatalog.PolicyForbiddenConstruct.Code);
        Assert.Contains(construct, violation.Message);
        Assert.Equal(10, violation.Location.StartLine);
    }

    [Fact]
    public void MibcNamespaceIsForbidden()
    {
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Budget.cs", "namespace Mibc.Compiler.Policies.Api { public static class PolicyBudget { public static void Check() { } } }");
        workspace.WriteBox("packs = [\"./org\"]");

        var violation = Assert.Single(workspace.Check());

        Assert.Equal(DiagnosticCatalog.PolicyForbiddenConstruct.Code, violation.Code);
        Assert.Contains("Mibc.Compiler.Policies.Api", violation.Message);
    }

    [Fact]
    public void UnsafeCodeDoesNotCompile()
    {
        using var workspace = new PolicyWorkspace();
        workspace.Write("org/Rule.cs", RuleSource.Rule("ORG1001", "pointer", "Pointer", "unsafe { int x = 1; int* p = &x; }"));
        workspace.WriteBox("packs = [\"./org\"]");

        var error = Assert.Single(workspace.Check());

        Assert.Equal(DiagnosticCatalog.PolicyCompileError.Code, error.Code);
        Assert.Contains("CS0227", error.Message);
    }
}
