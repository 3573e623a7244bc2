// The subset of Language Server Protocol 3.17 messages mibc's server reads and writes.
// NOTE: the records are grouped in one file because they only mirror the protocol's JSON shapes.
namespace Mibc.Compiler.LanguageServer;

/// <summary>A zero-based line and UTF-16 character offset.</summary>
/// <param name="Line">Zero-based line.</param>
/// <param name="Character">Zero-based UTF-16 offset in the line.</param>
public sealed record LspPosition(int Line, int Character);

/// <summary>A range between two positions, end exclusive.</summary>
/// <param name="Start">First position.</param>
/// <param name="End">Position just past the range.</param>
public sealed record LspRange(LspPosition Start, LspPosition End);

/// <summary>A diagnostic as editors show it.</summary>
/// <param name="Range">Where it applies.</param>
/// <param name="Severity">1 error, 2 warning, 3 information.</param>
/// <param name="Code">The mibc code or rule id.</param>
/// <param name="Source">Always <c>mibc</c>.</param>
/// <param name="Message">The message.</param>
public sealed record LspDiagnostic(LspRange Range, int Severity, string Code, string Source, string Message);

/// <summary>The parameters of <c>textDocument/publishDiagnostics</c>.</summary>
/// <param name="Uri">The document.</param>
/// <param name="Version">The document version the diagnostics belong to.</param>
/// <param name="Diagnostics">Every diagnostic of the document.</param>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

/// <summary>An opened document.</summary>
/// <param name="Uri">The document URI.</param>
/// <param name="LanguageId">The editor's language id.</param>
/// <param name="Version">The version, increasing with each change.</param>
/// <param name="Text">The full text.</param>
public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

/// <summary>A reference to a document.</summary>
/// <param name="Uri">The document URI.</param>
public sealed record TextDocumentIdentifier(string Uri);

/// <summary>A reference to a document version.</summary>
/// <param name="Uri">The document URI.</param>
/// <param name="Version">The version after the change.</param>
public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

/// <summary>A change; the server asks for full-text sync, so each change is the whole text.</summary>
/// <param name="Text">The document's new text.</param>
public sealed record TextDocumentContentChangeEvent(string Text);

/// <summary>The parameters of <c>textDocument/didOpen</c>.</summary>
/// <param name="TextDocument">The opened document.</param>
public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>The parameters of <c>textDocument/didChange</c>.</summary>
/// <param name="TextDocument">The changed document.</param>
/// <param name="ContentChanges">The changes; with full sync, one whole text.</param>
public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

/// <summary>The parameters of <c>textDocument/didClose</c>.</summary>
/// <param name="TextDocument">The closed document.</param>
public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary>The parameters of requests at a position, such as hover and completion.</summary>
/// <param name="TextDocument">The document.</param>
/// <param name="Position">The cursor position.</param>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, LspPosition Position);

/// <summary>Formatted text for hovers and completion details.</summary>
/// <param name="Kind">Always <c>markdown</c>.</param>
/// <param name="Value">The Markdown text.</param>
public sealed record MarkupContent(string Kind, string Value);

/// <summary>The result of <c>textDocument/hover</c>.</summary>
/// <param name="Contents">The text to show.</param>
/// <param name="Range">The token the hover is about.</param>
public sealed record Hover(MarkupContent Contents, LspRange? Range);

/// <summary>One completion proposal.</summary>
/// <param name="Label">The name shown and inserted.</param>
/// <param name="Kind">10 for a property, 7 for a block (LSP's Property and Class kinds).</param>
/// <param name="Detail">The type or block summary.</param>
/// <param name="Documentation">The description.</param>
/// <param name="InsertText">The text to insert.</param>
public sealed record CompletionItem(string Label, int Kind, string Detail, MarkupContent Documentation, string InsertText);
