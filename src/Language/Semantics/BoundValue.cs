using Mibc.Language.Text;

namespace Mibc.Language.Semantics;

/// <summary>A converted value with where it was written.</summary>
internal sealed record BoundValue(object Value, TextSpan Span, TextSpan KeySpan);
