using Mibc.Language.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Mibc.Compiler.Policies.Compilation;

/// <summary>One use of something the sandbox forbids.</summary>
/// <param name="Span">Where in the policy file.</param>
/// <param name="Descriptor">The catalog entry: forbidden API or forbidden construct.</param>
/// <param name="What">The API or construct, as the message names it.</param>
/// <param name="Reason">Why policies may not use it.</param>
internal sealed record SandboxViolation(TextSpan Span, DiagnosticDescriptor Descriptor, string What, string Reason);
