namespace Mibc.Compiler.Deploy;

/// <summary>Thrown when the host's key does not pass <see cref="HostKeyVerifier"/>; nothing was sent to the host.</summary>
/// <param name="verdict">The rejection, with its message and diagnostic.</param>
public sealed class HostKeyRejectedException(HostKeyVerdict verdict) : Exception(verdict.Message)
{
    /// <summary>The rejection.</summary>
    public HostKeyVerdict Verdict { get; } = verdict;
}
