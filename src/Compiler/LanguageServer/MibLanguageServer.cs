using System.Collections.Concurrent;
using System.Text.Json;
using Mibc.Compiler.Cli;
using Mibc.Compiler.Pipeline;
using Mibc.Language.Diagnostics;
using Mibc.Language.Parsing;
using Mibc.Language.Text;
using StreamJsonRpc;

namespace Mibc.Compiler.LanguageServer;

/// <summary>
/// A Language Server Protocol server for box.mib: the same diagnostics as <c>mibc check</c> while typing,
/// hovers with the language reference, and key completion.
/// </summary>
public sealed class MibLanguageServer
{
    private readonly ConcurrentDictionary<string, (int Version, string Text)> documents = new();
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // One compiler for the server's lifetime, so each keystroke reuses the loaded policy packs.
    private readonly BoxCompiler compiler = CompilerFactory.Create(new CompilationOptions());
    private JsonRpc? rpc;
    private bool shutdownRequested;

    /// <summary>Serves one client over a pair of streams until it sends <c>exit</c> or disconnects.</summary>
    /// <returns>The process exit code the protocol asks for: 0 after a shutdown request, 1 otherwise.</returns>
    public static async Task<int> RunAsync(Stream input, Stream output)
    {
        var server = new MibLanguageServer();
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter));
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        server.rpc = rpc;
        rpc.StartListening();
        await Task.WhenAny(rpc.Completion, server.exited.Task);
        return server.shutdownRequested ? 0 : 1;
    }

    /// <summary>Answers <c>initialize</c> with the server's capabilities.</summary>
    [JsonRpcMethod("initialize")]
    public object Initialize(JsonElement parameters) => new
    {
        capabilities = new
        {
            textDocumentSync = 1,
            hoverProvider = true,
            completionProvider = new { triggerCharacters = Array.Empty<string>() },
        },
        serverInfo = new { name = "mibc", version = VersionInfo.Version },
    };

    /// <summary>Accepts the <c>initialized</c> notification; nothing needs to happen then.</summary>
    [JsonRpcMethod("initialized")]
    public void Initialized(JsonElement parameters)
    {
    }

    /// <summary>Answers <c>shutdown</c>; the server then waits for <c>exit</c>.</summary>
    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        shutdownRequested = true;
        return null;
    }

    /// <summary>Stops the server on <c>exit</c>.</summary>
    [JsonRpcMethod("exit")]
    public void Exit() => exited.TrySetResult();

    /// <summary>Checks a document when it is opened.</summary>
    [JsonRpcMethod("textDocument/didOpen")]
    public Task DidOpenAsync(DidOpenTextDocumentParams parameters)
    {
        var document = parameters.TextDocument;
        documents[document.Uri] = (document.Version, document.Text);
        return PublishAsync(document.Uri);
    }

    /// <summary>Checks a document again after each change.</summary>
    [JsonRpcMethod("textDocument/didChange")]
    public Task DidChangeAsync(DidChangeTextDocumentParams parameters)
    {
        if (parameters.ContentChanges.Count == 0)
        {
            return Task.CompletedTask;
        }

        documents[parameters.TextDocument.Uri] = (parameters.TextDocument.Version, parameters.ContentChanges[^1].Text);
        return PublishAsync(parameters.TextDocument.Uri);
    }

    /// <summary>Forgets a closed document and clears its diagnostics.</summary>
    [JsonRpcMethod("textDocument/didClose")]
    public Task DidCloseAsync(DidCloseTextDocumentParams parameters)
    {
        documents.TryRemove(parameters.TextDocument.Uri, out _);
        return rpc!.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(parameters.TextDocument.Uri, null, []));
    }

    /// <summary>Describes the key, block or value under the cursor.</summary>
    [JsonRpcMethod("textDocument/hover")]
    public Hover? Hover(TextDocumentPositionParams parameters)
    {
        if (!documents.TryGetValue(parameters.TextDocument.Uri, out var document))
        {
            return null;
        }

        var (source, syntax) = Parse(parameters.TextDocument.Uri, document.Text);
        var location = DocumentNavigator.Find(syntax, Offset(source, parameters.Position));
        return location.Markdown is null || location.Token is null
            ? null
            : new Hover(new MarkupContent("markdown", location.Markdown), ToRange(source.GetSpan(location.Token.Span)));
    }

    /// <summary>Offers the keys and blocks the enclosing block accepts.</summary>
    [JsonRpcMethod("textDocument/completion")]
    public IReadOnlyList<CompletionItem> Completion(TextDocumentPositionParams parameters)
    {
        if (!documents.TryGetValue(parameters.TextDocument.Uri, out var document))
        {
            return [];
        }

        var (source, syntax) = Parse(parameters.TextDocument.Uri, document.Text);
        var block = DocumentNavigator.Find(syntax, Offset(source, parameters.Position)).Block;
        var keys = block.Properties.Select(property => new CompletionItem(
            property.Name, 10, property.Type.Name, new MarkupContent("markdown", DocumentNavigator.DescribeProperty(property)), property.Name + " = "));
        var blocks = block.Blocks.Select(nested => new CompletionItem(
            nested.Keyword, 7, "block", new MarkupContent("markdown", DocumentNavigator.DescribeBlock(nested)), nested.Keyword + (nested.LabelType is null ? " { }" : " \"\" { }")));
        return [.. keys, .. blocks];
    }

    private async Task PublishAsync(string uri)
    {
        if (!documents.TryGetValue(uri, out var document))
        {
            return;
        }

        var path = PathOf(uri);
        var result = compiler.CheckText(path, document.Text);
        var byFile = result.Diagnostics.GroupBy(diagnostic => diagnostic.Location.IsNone ? path : diagnostic.Location.Path);
        var published = false;
        foreach (var group in byFile)
        {
            var target = group.Key == path ? uri : new Uri(Path.GetFullPath(group.Key)).AbsoluteUri;
            published |= target == uri;
            var diagnostics = group.Select(ToLsp).ToList();
            await rpc!.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(target, target == uri ? document.Version : null, diagnostics));
        }

        if (!published)
        {
            await rpc!.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, document.Version, []));
        }
    }

    private static LspDiagnostic ToLsp(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => 1,
            DiagnosticSeverity.Warning => 2,
            _ => 3,
        };
        return new LspDiagnostic(ToRange(diagnostic.Location), severity, diagnostic.Code, "mibc", diagnostic.Message);
    }

    private static LspRange ToRange(SourceSpan span) => span.IsNone
        ? new LspRange(new LspPosition(0, 0), new LspPosition(0, 0))
        : new LspRange(new LspPosition(span.StartLine - 1, span.StartColumn - 1), new LspPosition(span.EndLine - 1, span.EndColumn - 1));

    private static (SourceText Source, Language.Syntax.FileSyntax Syntax) Parse(string uri, string text)
    {
        var parsed = MibParser.Parse(new SourceText(PathOf(uri), text));
        return (parsed.Source, parsed.Syntax);
    }

    private static int Offset(SourceText source, LspPosition position) =>
        source.GetOffset(position.Line + 1, position.Character + 1);

    private static string PathOf(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;
}
