namespace Mibc.Compiler.Deploy;

/// <summary>Receives the progress of deployments that may run at the same time; implementations must be thread-safe.</summary>
public interface IDeployReporter
{
    /// <summary>Reports a line about a box, such as a line of apply.sh output.</summary>
    void Line(string box, string text);

    /// <summary>Reports that the upload of a box's bundle of <paramref name="totalBytes"/> bytes into <paramref name="remoteDirectory"/> started.</summary>
    void UploadStarted(string box, long totalBytes, string remoteDirectory);

    /// <summary>Reports the bytes of a box's bundle uploaded so far.</summary>
    void UploadProgress(string box, long bytesDone);

    /// <summary>Reports how a box's deployment ended.</summary>
    void Finished(DeployOutcome outcome);
}
