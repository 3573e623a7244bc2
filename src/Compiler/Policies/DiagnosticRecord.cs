using Mibc.Language.Diagnostics;

namespace Mibc.Compiler.Policies;

/// <summary>A diagnostic about a policy file from compiling the pack set, as the cache stores it.</summary>
/// <param name="Code">The catalog code.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Location">Where in which policy file.</param>
internal sealed record DiagnosticRecord(string Code, DiagnosticSeverity Severity, string Message, FileLocation Location)
{
    /// <summary>Creates a record from a catalog descriptor.</summary>
    public static DiagnosticRecord Create(DiagnosticDescriptor descriptor, FileLocation location, params object[] args)
    {
        var diagnostic = descriptor.Create(Language.Text.SourceSpan.None, args);
        return new DiagnosticRecord(diagnostic.Code, diagnostic.Severity, diagnostic.Message, location);
    }
}
