namespace Mibc.Compiler.Deploy;

/// <summary>Thrown when a command on the host failed, such as reading a file for the plan or making the upload directory.</summary>
/// <param name="message">What failed on which host, with the host's error output.</param>
public sealed class RemoteHostException(string message) : Exception(message);
