using System.Diagnostics;

namespace Mibc.Tests.Support;

/// <summary>Runs the built mibc tool as a separate process, as an admin or CI would.</summary>
public static class MibcProcess
{
    /// <summary>The result of one run.</summary>
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs <c>mibc</c> with arguments, killing it after <paramref name="timeout"/>.</summary>
    public static Result Run(string workingDirectory, TimeSpan timeout, params string[] args) =>
        Run(workingDirectory, timeout, new Dictionary<string, string>(), [], args);

    /// <summary>
    /// Runs <c>mibc</c> with extra environment variables, under a wrapper command such as
    /// <c>strace -o LOG</c> when <paramref name="wrapper"/> is not empty, killing it after <paramref name="timeout"/>.
    /// </summary>
    public static Result Run(
        string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> wrapper, params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "mibc.dll");
        var command = wrapper.Concat(["dotnet", tool]).Concat(args).ToList();
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command[0]} did not start.");
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
