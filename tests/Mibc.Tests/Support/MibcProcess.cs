using System.Diagnostics;

namespace Mibc.Tests.Support;

/// <summary>Runs the built mibc tool as a separate process, as an admin or CI would.</summary>
public static class MibcProcess
{
    /// <summary>The result of one run.</summary>
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs <c>mibc</c> with arguments, killing it after <paramref name="timeout"/>.</summary>
    public static Result Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "mibc.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mibc {string.Join(' ', args)} did not finish within {timeout}.");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
