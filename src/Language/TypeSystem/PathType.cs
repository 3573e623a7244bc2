using Mibc.Language.Diagnostics;
using Mibc.Language.Semantics;
using Mibc.Language.Syntax;

namespace Mibc.Language.TypeSystem;

/// <summary>A quoted file system path, either absolute on the host or relative to box.mib.</summary>
/// <param name="absolute">Whether the path must be absolute, as host paths are.</param>
/// <param name="example">An example value for messages and docs.</param>
public sealed class PathType(bool absolute, string example) : MibType
{
    /// <inheritdoc />
    public override string Name => absolute ? "host-path" : "path";

    /// <inheritdoc />
    public override string Expected => $"a path in quotes, such as \"{example}\"";

    internal override object? Convert(ValueSyntax syntax, BindingContext context, string key)
    {
        if (syntax is not StringLiteralSyntax literal)
        {
            return Mismatch(syntax, context, key);
        }

        var problem = Check(literal.Value);
        if (problem is not null)
        {
            context.Report(DiagnosticCatalog.InvalidPath, syntax.Span, Shorten(literal.Value), key, problem);
            return null;
        }

        return literal.Value;
    }

    private string? Check(string path)
    {
        if (path.Length == 0)
        {
            return "the path is empty";
        }

        // NOTE: host paths go into nginx and shell configs unquoted, so only characters that need no quoting there pass.
        var bad = path.FirstOrDefault(c => !(char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '+' || (!absolute && c == ' ')));
        if (bad != default)
        {
            var shown = char.IsControl(bad) || char.IsWhiteSpace(bad) ? $"U+{(int)bad:X4}" : $"'{bad}'";
            return $"it contains {shown}; use letters, digits and / . _ - +";
        }

        if (absolute && !path.StartsWith('/'))
        {
            return "a host path must be absolute, starting with '/'";
        }

        if (absolute && path.Split('/').Any(part => part is ".." or "."))
        {
            return "'.' and '..' are not allowed in a host path: write the path without them";
        }

        return null;
    }
}
