namespace Mibc.Compiler.Deploy;

/// <summary>The outcome of a command run on the host.</summary>
/// <param name="ExitStatus">The exit status, or -1 when the command ended without one, as on a signal.</param>
/// <param name="Output">Standard output as bytes.</param>
/// <param name="Error">Standard error as text.</param>
public sealed record RemoteResult(int ExitStatus, byte[] Output, string Error)
{
    /// <summary>Standard output as UTF-8 text.</summary>
    public string OutputText => System.Text.Encoding.UTF8.GetString(Output);
}
