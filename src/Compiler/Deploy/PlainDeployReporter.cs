namespace Mibc.Compiler.Deploy;

/// <summary>Reports deployments as plain lines, for logs and redirected output; with several boxes each line starts with the box.</summary>
/// <param name="output">Where lines go.</param>
/// <param name="prefixBoxes">Whether to start each line with <c>[box]</c>.</param>
public sealed class PlainDeployReporter(TextWriter output, bool prefixBoxes) : IDeployReporter
{
    private readonly Lock gate = new();

    /// <inheritdoc />
    public void Line(string box, string text) => Write(box, text);

    /// <inheritdoc />
    public void UploadStarted(string box, long totalBytes, string remoteDirectory) => Write(box, $"Uploading the bundle ({totalBytes} bytes) to {remoteDirectory}.");

    /// <inheritdoc />
    public void UploadProgress(string box, long bytesDone)
    {
        // Plain output prints the start and the end of an upload only.
    }

    /// <inheritdoc />
    public void Finished(DeployOutcome outcome) =>
        Write(outcome.Box, $"{(outcome.Succeeded ? "Succeeded" : "Failed")}: {outcome.Summary}.");

    private void Write(string box, string text)
    {
        lock (gate)
        {
            output.WriteLine(prefixBoxes ? $"[{box}] {text}" : text);
            output.Flush();
        }
    }
}
