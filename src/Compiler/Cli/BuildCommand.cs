using System.CommandLine;
using Mibc.Compiler.Pipeline;

namespace Mibc.Compiler.Cli;

/// <summary><c>mibc build FILE -o DIR</c>: checks a box.mib file and, when clean, writes the bundle.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var file = CommonOptions.BoxFile();
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The bundle directory to write. An earlier bundle there is replaced as a whole; other directories must be empty.",
            Required = true,
        };
        var warnAsError = CommonOptions.WarningsAsErrors();
        var policies = CommonOptions.PolicyDirectories();
        var command = new Command("build", "Check a box.mib file and, when it has no errors, write the bundle of configs and the deploy script.")
        {
            file, output, warnAsError, policies,
        };

        command.SetAction(parse =>
        {
            var options = new CompilationOptions(parse.GetValue(warnAsError), [.. (parse.GetValue(policies) ?? []).Select(d => d.FullName)]);
            var path = parse.GetValue(file)!.ToString();
            var outputDirectory = parse.GetValue(output)!.ToString();
            return CommandRunner.Run(() =>
            {
                var result = CompilerFactory.Create(options).Build(path, outputDirectory);
                ResultPrinter.PrintDiagnostics(Console.Out, result);
                if (result.HasErrors)
                {
                    Console.Out.WriteLine($"Build failed: {ResultPrinter.Summary(result)}. Nothing was written.");
                    return ExitCodes.Failed;
                }

                Console.Out.WriteLine($"Build succeeded: {ResultPrinter.Summary(result)}. Wrote {result.Files.Length} files to {outputDirectory}.");
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
