using Mibc.Language.Diagnostics;
using Mibc.Language.Text;

namespace Mibc.Compiler.Deploy;

/// <summary>Whether a host key was accepted, and if not, why.</summary>
/// <param name="Accepted">Whether mibc may go on talking to the host.</param>
/// <param name="Message">What was decided, with the key's fingerprint.</param>
/// <param name="Diagnostic">For a rejection tied to a line of a file, such as a changed known_hosts entry, the diagnostic.</param>
/// <param name="Source">The text <see cref="Diagnostic"/> points into, for printing the line.</param>
public sealed record HostKeyVerdict(bool Accepted, string Message, Diagnostic? Diagnostic = null, SourceText? Source = null)
{
    /// <summary>Formats the rejection as the user sees it: the diagnostic with its line, or the message.</summary>
    public string Describe() => Diagnostic is null ? Message : DiagnosticFormatter.Format(Diagnostic, Source);
}
