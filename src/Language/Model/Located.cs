using Mibc.Language.Text;

namespace Mibc.Language.Model;

/// <summary>A model value with the place in box.mib it came from.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The checked value.</param>
/// <param name="Span">Where the value is written; for a default, the block that would hold it.</param>
/// <param name="IsDefault">Whether box.mib left the value out and mibc supplied the default.</param>
public sealed record Located<T>(T Value, SourceSpan Span, bool IsDefault = false)
{
    /// <inheritdoc />
    public override string ToString() => Value?.ToString() ?? string.Empty;
}
