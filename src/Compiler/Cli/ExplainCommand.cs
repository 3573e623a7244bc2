using System.CommandLine;
using Mibc.Compiler.Pipeline;
using Mibc.Compiler.Policies;
using Mibc.Language.Diagnostics;

namespace Mibc.Compiler.Cli;

/// <summary><c>mibc explain RULE-ID</c>: prints a policy rule's help, or what one of mibc's own codes means.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("rule")
        {
            Description = "A rule id such as MIB2101, a rule name such as submission-auth-after-starttls, or a diagnostic code such as MIB1004.",
        };
        var policies = CommonOptions.PolicyDirectories();
        var command = new Command("explain", "Print the help of a policy rule or diagnostic code.") { id, policies };

        command.SetAction(parse =>
        {
            var options = new CompilationOptions(false, [.. (parse.GetValue(policies) ?? []).Select(d => d.FullName)]);
            var wanted = parse.GetValue(id)!;
            return CommandRunner.Run(() =>
            {
                var set = RulesCommand.LoadRules(options);
                if (set.Find(wanted) is { } rule)
                {
                    PrintRule(rule.Info);
                    return ExitCodes.Success;
                }

                if (DiagnosticCatalog.Find(wanted) is { } descriptor)
                {
                    Console.Out.WriteLine($"{descriptor.Code}: {descriptor.Title}");
                    Console.Out.WriteLine($"Severity: {DiagnosticFormatter.SeverityWord(descriptor.Severity)}");
                    Console.Out.WriteLine();
                    Console.Out.WriteLine($"Message: {descriptor.MessageFormat}");
                    return ExitCodes.Success;
                }

                Console.Error.WriteLine($"mibc: error: no policy rule or diagnostic code '{wanted}': run 'mibc rules' to list the rules");
                return ExitCodes.UsageOrIo;
            });
        });
        return command;
    }

    private static void PrintRule(PolicyRuleInfo rule)
    {
        Console.Out.WriteLine($"{rule.Id} {rule.Name}");
        Console.Out.WriteLine($"Level: {RulesDocument.LevelWord(rule.DefaultLevel)}    Category: {rule.Category}    Pack: {rule.PackName}");
        Console.Out.WriteLine();
        Console.Out.WriteLine(rule.Summary);
        Console.Out.WriteLine();
        Console.Out.WriteLine(rule.Help);
    }
}
