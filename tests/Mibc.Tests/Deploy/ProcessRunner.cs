using System.Diagnostics;

namespace Mibc.Tests.Deploy;

/// <summary>The outcome of a finished process.</summary>
internal sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;
}

/// <summary>Runs a program to completion within a time limit, killing it by process id when the limit passes.</summary>
internal static class ProcessRunner
{
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, TimeSpan? timeout = null, IDictionary<string, string>? environment = null)
    {
        using var process = Start(fileName, arguments, environment);
        return WaitFor(process, timeout ?? TimeSpan.FromSeconds(120));
    }

    public static Process Start(string fileName, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start");
        process.StandardInput.Close();
        return process;
    }

    public static ProcessResult WaitFor(Process process, TimeSpan timeout)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{process.StartInfo.FileName} {string.Join(' ', process.StartInfo.ArgumentList)} ran longer than {timeout} and was killed; output so far: {output.Result}{error.Result}");
        }

        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs the mibc built beside the tests, as a separate process, as an admin would.</summary>
    public static ProcessResult Mibc(params string[] arguments) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "mibc.dll"), .. arguments], TimeSpan.FromSeconds(180));

    public static Process StartMibc(params string[] arguments) =>
        Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "mibc.dll"), .. arguments]);
}
