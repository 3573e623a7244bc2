namespace Mibc.Tests.DaemonTargets;

/// <summary>The outcome of one command run inside a <see cref="HostSandbox"/>.</summary>
/// <param name="ExitCode">The command's exit code.</param>
/// <param name="Output">Everything it wrote to standard output.</param>
/// <param name="Error">Everything it wrote to standard error.</param>
public sealed record SandboxResult(int ExitCode, string Output, string Error)
{
    /// <summary>Standard output and standard error together, for assertion messages.</summary>
    public string All => Output + Error;
}
