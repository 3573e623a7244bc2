using Mibc.Tests.Support;

namespace Mibc.Tests.Cli;

/// <summary>The mibc tool as a process: exit codes, output and files.</summary>
public sealed class CommandLineTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public void Check_CleanSample_ExitsZero()
    {
        var result = MibcProcess.Run(RepositoryPaths.Root, Timeout, "check", "samples/box.mib");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Check passed: 0 errors, 0 warnings.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BadFile_ExitsOneWithMsbuildLines()
    {
        var result = MibcProcess.Run(RepositoryPaths.Root, Timeout, "check", "tests/Mibc.Tests/Baselines/type-errors.mib");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("tests/Mibc.Tests/Baselines/type-errors.mib(3,11): error MIB1030: ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingFile_ExitsTwo()
    {
        var result = MibcProcess.Run(RepositoryPaths.Root, Timeout, "check", "no/such/box.mib");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no/such/box.mib", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_ExitsTwo()
    {
        var result = MibcProcess.Run(RepositoryPaths.Root, Timeout, "check", "samples/box.mib", "--frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Warning_FailsOnlyWithWarnAsError()
    {
        const string input = "tests/Mibc.Tests/Baselines/admin-without-role.mib";

        var plain = MibcProcess.Run(RepositoryPaths.Root, Timeout, "check", input);
        var strict = MibcProcess.Run(RepositoryPaths.Root, Timeout, "check", input, "--warnaserror");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error MIB1029", strict.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WritesManifest()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("bundle");

        // A build makes DKIM keys next to box.mib, so the sample is built from a copy outside the repository.
        var input = directory.WriteFile("box.mib", File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "box.mib")));
        var result = MibcProcess.Run(directory.Path, Timeout, "build", input, "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"box\": \"mail.example.org\"", File.ReadAllText(Path.Combine(output, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BadFile_WritesNothing()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("bundle");

        var result = MibcProcess.Run(RepositoryPaths.Root, Timeout, "build", "tests/Mibc.Tests/Baselines/names.mib", "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Nothing was written.", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Version_PrintsVersion()
    {
        var result = MibcProcess.Run(RepositoryPaths.Root, Timeout, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output);
    }

    [Fact]
    public void Help_ListsCommands()
    {
        var result = MibcProcess.Run(RepositoryPaths.Root, Timeout, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("check", result.Output, StringComparison.Ordinal);
        Assert.Contains("build", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ciphers_LegacyExportSuitesAreMarked()
    {
        var result = MibcProcess.Run(RepositoryPaths.Root, Timeout, "ciphers", "ALL:EXPORT", "--openssl", "1.0.1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("EXP-RC4-MD5", result.Output, StringComparison.Ordinal);
        Assert.Contains("weak: export", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ciphers_UnknownAlias_ExitsOne()
    {
        var result = MibcProcess.Run(RepositoryPaths.Root, Timeout, "ciphers", "HIGH:FOO");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no cipher matches 'FOO'", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ciphers_Json_IsParseable()
    {
        var result = MibcProcess.Run(RepositoryPaths.Root, Timeout, "ciphers", "ECDHE+AESGCM", "--json");

        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Equal("3.0", document.RootElement.GetProperty("openssl").GetString());
    }

    [Fact]
    public void AtSignArgument_IsAPath()
    {
        var result = MibcProcess.Run(RepositoryPaths.Root, Timeout, "check", "@office.mib");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'@office.mib' was not found", result.Error, StringComparison.Ordinal);
    }
}
