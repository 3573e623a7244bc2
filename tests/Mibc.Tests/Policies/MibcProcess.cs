using System.Diagnostics;

namespace Mibc.Tests.Policies;

/// <summary>Runs the built mibc as its own process, as CI and admins do, with a bounded wait.</summary>
internal static class MibcProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string MibcDll => Path.Combine(AppContext.BaseDirectory, "mibc.dll");

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dsl.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("No Dsl.sln above the test directory.");
        }
    }

    /// <summary>Runs <c>dotnet mibc.dll</c> with <paramref name="arguments"/>; <paramref name="wrapper"/> (such as strace) goes in front.</summary>
    public static (int ExitCode, string Output, string Error) Run(
        string workingDirectory, string cacheDirectory, IEnumerable<string> arguments, IReadOnlyList<string>? wrapper = null)
    {
        var start = new ProcessStartInfo(wrapper is null ? "dotnet" : wrapper[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (wrapper ?? []).Skip(1).Concat(wrapper is null ? [] : ["dotnet"]).Concat([MibcDll]).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MIBC_CACHE_DIR"] = cacheDirectory;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mibc {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
