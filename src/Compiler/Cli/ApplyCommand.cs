using System.CommandLine;
using Mibc.Compiler.Deploy;
using Spectre.Console;

namespace Mibc.Compiler.Cli;

/// <summary><c>mibc apply FILE... --host ...</c>: builds each box, uploads its bundle over SFTP and runs apply.sh on the host.</summary>
internal static class ApplyCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Box.mib files, directories of them, or bundle directories; none when --bundle is given.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many boxes to deploy at the same time.",
            DefaultValueFactory = _ => 4,
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Upload the bundle and let apply.sh print what it would change, without changing anything.",
        };
        var options = new DeployOptions();
        var command = new Command("apply", "Build each box, upload its bundle over SSH, and run apply.sh there; report each box's result.")
        {
            files, parallel, dryRun,
        };
        options.AddTo(command);

        command.SetAction(parse => DeployCommandRunner.Run(() =>
        {
            if (parse.GetValue(parallel) < 1)
            {
                throw new FormatException("--parallel must be 1 or more");
            }

            using var inputs = DeployInputs.Resolve(parse, options, parse.GetValue(files) ?? [], Console.Out);
            var keys = DeployCommandRunner.LoadKeys(parse, options);
            var settings = new DeploySettings(keys, parse.GetValue(options.Root), parse.GetValue(dryRun), TimeSpan.FromSeconds(parse.GetValue(options.Timeout)));
            var several = inputs.Targets.Count + inputs.Failures.Count > 1;

            var outcomes = RunWithReporter(several, reporter =>
                Deployer.ApplyAllAsync(inputs.Targets, settings, parse.GetValue(parallel), reporter, CancellationToken.None));
            var all = inputs.Failures.Concat(outcomes).ToList();
            PrintSummary(all);
            return all.All(outcome => outcome.Succeeded) ? ExitCodes.Success : ExitCodes.Failed;
        }));
        return command;
    }

    // A terminal gets live progress bars; redirected output gets plain lines that read well in logs.
    private static IReadOnlyList<DeployOutcome> RunWithReporter(bool several, Func<IDeployReporter, Task<IReadOnlyList<DeployOutcome>>> deploy)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return deploy(new PlainDeployReporter(Console.Out, several)).GetAwaiter().GetResult();
        }

        return AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn())
            .StartAsync(context => deploy(new ProgressDeployReporter(context, several)))
            .GetAwaiter().GetResult();
    }

    private static void PrintSummary(IReadOnlyList<DeployOutcome> outcomes)
    {
        var failed = outcomes.Count(outcome => !outcome.Succeeded);
        if (outcomes.Count > 1)
        {
            Console.Out.WriteLine("Results:");
            foreach (var outcome in outcomes)
            {
                Console.Out.WriteLine($"  {outcome.Box}: {(outcome.Succeeded ? "ok" : "FAILED")}: {outcome.Summary}");
            }
        }

        Console.Out.WriteLine(failed == 0
            ? $"Apply succeeded: {outcomes.Count} box{(outcomes.Count == 1 ? string.Empty : "es")}."
            : $"Apply failed: {failed} of {outcomes.Count} box{(outcomes.Count == 1 ? string.Empty : "es")} failed.");
    }
}
