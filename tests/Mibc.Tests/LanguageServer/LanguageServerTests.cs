using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Mibc.Compiler.LanguageServer;
using StreamJsonRpc;

namespace Mibc.Tests.LanguageServer;

/// <summary>Drives <c>mibc lsp</c> as an editor would, over standard input and output.</summary>
public sealed class LanguageServerTests : IAsyncLifetime
{
    private const string Uri = "file:///tmp/mibc-lsp-test/box.mib";

    private const string BadText = """
        box "mail.example.org" {
          ipv4  = 203.0.113.10
          admin = "admin@example.org"
          adminn = "x"
        }
        domain "example.org" { }
        user "admin@example.org" {
          password = "{SHA512-CRYPT}$6$abc$def"
          role = admin
        }
        policy { submission = starttls_required }
        """;

    private readonly Channel<PublishDiagnosticsParams> published = Channel.CreateUnbounded<PublishDiagnosticsParams>();
    private Process? process;
    private JsonRpc? client;

    public Task InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mibc.dll"));
        start.ArgumentList.Add("lsp");
        process = Process.Start(start)!;

        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        client = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, formatter));
        var onPublish = new Action<PublishDiagnosticsParams>(parameters => published.Writer.TryWrite(parameters));
        client.AddLocalRpcMethod(
            onPublish.Method,
            onPublish.Target,
            new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
        client.StartListening();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
    }

    [Fact]
    public async Task OpenAndFix_PublishesThenClears()
    {
        await InitializeServerAsync();

        await client!.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(Uri, "mib", 1, BadText)));
        var first = await NextAsync();

        var diagnostic = Assert.Single(first.Diagnostics);
        Assert.Equal("MIB1002", diagnostic.Code);
        Assert.Equal(new LspPosition(3, 2), diagnostic.Range.Start);
        Assert.Equal(1, first.Version);

        var fixedText = BadText.Replace("  adminn = \"x\"\n", string.Empty, StringComparison.Ordinal);
        await client.NotifyWithParameterObjectAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(Uri, 2), [new TextDocumentContentChangeEvent(fixedText)]));
        var second = await NextAsync();

        Assert.Empty(second.Diagnostics);
        Assert.Equal(2, second.Version);
    }

    [Fact]
    public async Task Hover_DescribesKey()
    {
        await InitializeServerAsync();
        await client!.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(Uri, "mib", 1, BadText)));
        await NextAsync();

        var hover = await client.InvokeWithParameterObjectAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), new LspPosition(10, 11)));

        Assert.NotNull(hover);
        Assert.Contains("**submission**", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("starttls_required", hover.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_ListsBlockKeys()
    {
        await InitializeServerAsync();
        await client!.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(Uri, "mib", 1, BadText)));
        await NextAsync();

        var items = await client.InvokeWithParameterObjectAsync<List<CompletionItem>>("textDocument/completion", new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), new LspPosition(10, 9)));

        Assert.Contains(items, item => item.Label == "imap");
        Assert.Contains(items, item => item.Label == "tls");
        Assert.DoesNotContain(items, item => item.Label == "quota");
    }

    [Fact]
    public async Task ShutdownAndExit_EndsWithZero()
    {
        await InitializeServerAsync();

        await client!.InvokeWithParameterObjectAsync<object?>("shutdown");
        await client.NotifyAsync("exit");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process!.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
    }

    private async Task InitializeServerAsync()
    {
        await client!.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = Environment.ProcessId, capabilities = new { } });
        await client.NotifyWithParameterObjectAsync("initialized", new { });
    }

    private async Task<PublishDiagnosticsParams> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await published.Reader.ReadAsync(timeout.Token);
    }
}
