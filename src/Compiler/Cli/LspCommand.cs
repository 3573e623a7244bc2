using System.CommandLine;
using Mibc.Compiler.LanguageServer;

namespace Mibc.Compiler.Cli;

/// <summary><c>mibc lsp</c>: serves the Language Server Protocol on standard input and output, for editors.</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var command = new Command("lsp", "Run the language server on standard input and output, so editors show mibc's diagnostics while you type.");
        command.SetAction(async (_, _) =>
            await MibLanguageServer.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput()));
        return command;
    }
}
