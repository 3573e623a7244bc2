using Mibc.Tests.Support;

namespace Mibc.Tests.Policies;

/// <summary>
/// Runs mibc as a process under strace, which lists every file the process opens, to show that a warm
/// check reads the cached policy assembly and never opens Roslyn's assemblies.
/// </summary>
public sealed class WarmCheckTests
{
    [Fact]
    public void WarmCheckSkipsRoslyn()
    {
        using var workspace = new PolicyWorkspace(ownCache: true);
        var box = Path.Combine(RepositoryPaths.Root, "samples", "box.mib");
        var coldLog = Path.Combine(workspace.Root, "cold.strace");
        var warmLog = Path.Combine(workspace.Root, "warm.strace");

        var environment = new Dictionary<string, string> { ["MIBC_CACHE_DIR"] = workspace.CacheDirectory };

        var cold = MibcProcess.Run(workspace.Root, TimeSpan.FromMinutes(2), environment, ["strace", "-f", "-e", "trace=openat", "-o", coldLog], "check", box);
        var warm = MibcProcess.Run(workspace.Root, TimeSpan.FromMinutes(2), environment, ["strace", "-f", "-e", "trace=openat", "-o", warmLog], "check", box);

        Assert.Equal(0, cold.ExitCode);
        Assert.Equal(0, warm.ExitCode);
        Assert.Equal(cold.Output, warm.Output);
        Assert.Contains("Microsoft.CodeAnalysis.CSharp.dll", File.ReadAllText(coldLog));
        Assert.DoesNotContain("Microsoft.CodeAnalysis", File.ReadAllText(warmLog));
        Assert.Contains(Path.Combine(workspace.CacheDirectory, "policies"), File.ReadAllText(warmLog));
    }
}
