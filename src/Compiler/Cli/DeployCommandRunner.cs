using System.CommandLine;
using Mibc.Compiler.Deploy;
using Spectre.Console;

namespace Mibc.Compiler.Cli;

/// <summary>What plan and apply share: key loading and the mapping of deploy failures to messages and exit codes.</summary>
internal static class DeployCommandRunner
{
    /// <summary>Runs a command body: a rejected host key or a failed connection exits 1, a bad option exits 2.</summary>
    public static int Run(Func<int> body) => CommandRunner.Run(() =>
    {
        try
        {
            return body();
        }
        catch (FormatException error)
        {
            Console.Error.WriteLine($"mibc: error: {error.Message}");
            return ExitCodes.UsageOrIo;
        }
        catch (HostKeyRejectedException error)
        {
            Console.Error.WriteLine(error.Verdict.Describe());
            Console.Error.WriteLine("mibc: error: the host key was rejected, so nothing was sent to the host.");
            return ExitCodes.Failed;
        }
        catch (Exception error) when (Deployer.IsConnectionFailure(error) && error is not IOException)
        {
            Console.Error.WriteLine($"mibc: error: the SSH connection failed: {error.Message}");
            return ExitCodes.Failed;
        }
    });

    public static IReadOnlyList<Renci.SshNet.IPrivateKeySource> LoadKeys(ParseResult parse, DeployOptions options) =>
        SshCredentials.Load([.. (parse.GetValue(options.Identity) ?? []).Select(file => file.FullName)], AskPassphrase);

    private static string? AskPassphrase(string path)
    {
        if (Console.IsInputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return null;
        }

        return AnsiConsole.Prompt(new TextPrompt<string>($"Passphrase for {Markup.Escape(path)}:").Secret());
    }
}
