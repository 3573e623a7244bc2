using Mibc.Language.Diagnostics;
using Mibc.Language.Text;

namespace Mibc.Language.Syntax;

/// <summary>
/// A syntax error attached to a node, kept apart from file paths until the file is known.
/// </summary>
/// <param name="Descriptor">The catalog entry.</param>
/// <param name="Span">Where the error is.</param>
/// <param name="Arguments">The message arguments.</param>
public sealed record SyntaxError(DiagnosticDescriptor Descriptor, TextSpan Span, params object[] Arguments);
