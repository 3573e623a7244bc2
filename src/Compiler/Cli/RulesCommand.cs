using System.CommandLine;
using Mibc.Compiler.Pipeline;
using Mibc.Compiler.Policies;
using Mibc.Language.Diagnostics;

namespace Mibc.Compiler.Cli;

/// <summary><c>mibc rules</c>: lists the policy rules, as a table or as the Markdown of docs/rules.md.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "text for a table, markdown for the page docs/rules.md is generated from.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown");
        var policies = CommonOptions.PolicyDirectories();
        var command = new Command("rules", "List the baseline policy rules and those of --policies packs.") { format, policies };

        command.SetAction(parse =>
        {
            var options = new CompilationOptions(false, [.. (parse.GetValue(policies) ?? []).Select(d => d.FullName)]);
            var markdown = parse.GetValue(format) == "markdown";
            return CommandRunner.Run(() =>
            {
                var set = LoadRules(options);
                var rules = set.Rules.Select(rule => rule.Info).ToList();
                if (markdown)
                {
                    Console.Out.Write(RulesDocument.Render(rules));
                    return ExitCodes.Success;
                }

                foreach (var rule in rules)
                {
                    Console.Out.WriteLine($"{rule.Id,-9} {RulesDocument.LevelWord(rule.DefaultLevel),-8} {rule.Name,-32} {rule.Summary}");
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>Loads the baseline and the --policies packs, printing any diagnostic about them to standard error.</summary>
    public static LoadedPolicySet LoadRules(CompilationOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var set = CompilerFactory.CreatePolicyHost(options).LoadWithoutBox(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Console.Error.WriteLine(DiagnosticFormatter.FormatLine(diagnostic));
        }

        return set;
    }
}
