namespace Mibc.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>MIB0001: a token that does not fit the grammar at its place.</summary>
    public static readonly DiagnosticDescriptor UnexpectedToken = new(
        "MIB0001", DiagnosticSeverity.Error, "Unexpected token",
        "unexpected {0}, expected {1}");

    /// <summary>MIB0002: a string literal without its closing quote on the same line.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "MIB0002", DiagnosticSeverity.Error, "Unterminated string",
        "unterminated string {0}: add a closing '\"' before the end of the line");

    /// <summary>MIB0003: a block whose closing brace is missing.</summary>
    public static readonly DiagnosticDescriptor UnclosedBlock = new(
        "MIB0003", DiagnosticSeverity.Error, "Unclosed block",
        "block '{0}' is never closed: add '}}' after its last entry");

    /// <summary>MIB0004: a backslash sequence that strings do not support.</summary>
    public static readonly DiagnosticDescriptor InvalidEscape = new(
        "MIB0004", DiagnosticSeverity.Error, "Invalid escape sequence",
        "invalid escape sequence '{0}' in a string: use \\\\ for a backslash, \\\" for a quote, \\n or \\t");

    /// <summary>MIB0005: blocks or lists nested beyond the parser's limit.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "MIB0005", DiagnosticSeverity.Error, "Nesting too deep",
        "blocks and lists are nested more than {0} levels deep: remove the extra levels");

    /// <summary>MIB0006: bytes that are not UTF-8.</summary>
    public static readonly DiagnosticDescriptor InvalidEncoding = new(
        "MIB0006", DiagnosticSeverity.Error, "Invalid encoding",
        "the file is not valid UTF-8: the bytes at offset {1}, starting with 0x{0}, form no UTF-8 character; save the file as UTF-8");

    /// <summary>MIB0007: a control character or other character outside the grammar.</summary>
    public static readonly DiagnosticDescriptor InvalidCharacter = new(
        "MIB0007", DiagnosticSeverity.Error, "Invalid character",
        "invalid character {0}: remove it, because box.mib is plain text and most editors do not show such characters");

    /// <summary>MIB0008: a file larger than the compiler reads.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "MIB0008", DiagnosticSeverity.Error, "File too large",
        "the file is larger than the limit of {0} bytes: check that this is the right file, because box.mib files are far smaller");

    /// <summary>MIB0009: so many diagnostics that the rest would only bury the first ones.</summary>
    public static readonly DiagnosticDescriptor TooManyDiagnostics = new(
        "MIB0009", DiagnosticSeverity.Error, "Too many diagnostics",
        "more than {0} problems were found, so the rest are not shown: fix these and check again");
}
