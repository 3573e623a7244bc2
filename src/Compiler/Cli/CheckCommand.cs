using System.CommandLine;
using Mibc.Compiler.Pipeline;

namespace Mibc.Compiler.Cli;

/// <summary><c>mibc check FILE</c>: reports every problem in a box.mib file and writes nothing.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var file = CommonOptions.BoxFile();
        var warnAsError = CommonOptions.WarningsAsErrors();
        var policies = CommonOptions.PolicyDirectories();
        var command = new Command("check", "Check a box.mib file for syntax, name, type and policy errors; write nothing.")
        {
            file, warnAsError, policies,
        };

        command.SetAction(parse =>
        {
            var options = new CompilationOptions(parse.GetValue(warnAsError), [.. (parse.GetValue(policies) ?? []).Select(d => d.FullName)]);
            var path = parse.GetValue(file)!;
            return CommandRunner.Run(() =>
            {
                var result = CompilerFactory.Create(options).Check(path.ToString());
                ResultPrinter.PrintDiagnostics(Console.Out, result);
                Console.Out.WriteLine(result.HasErrors
                    ? $"Check failed: {ResultPrinter.Summary(result)}."
                    : $"Check passed: {ResultPrinter.Summary(result)}.");
                return result.HasErrors ? ExitCodes.Failed : ExitCodes.Success;
            });
        });
        return command;
    }
}
