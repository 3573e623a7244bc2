using System.CommandLine;

namespace Mibc.Compiler.Cli;

/// <summary>The <c>mibc</c> command tree.</summary>
public static class MibcCommandLine
{
    /// <summary>Parses and runs a command line, returning the process exit code.</summary>
    public static int Run(string[] args)
    {
        var root = new RootCommand("mibc compiles one box.mib file into the configs, DNS zones and deploy script of a mail server.")
        {
            CheckCommand.Create(),
            BuildCommand.Create(),
            PlanCommand.Create(),
            ApplyCommand.Create(),
            DnsCommand.Create(),
            LintCommand.Create(),
            ExplainCommand.Create(),
            RulesCommand.Create(),
            VerifyCommand.Create(),
            LspCommand.Create(),
            CiphersCommand.Create(),
        };

        // NOTE: "@file" arguments are box.mib paths here, never response files, so that expansion is off.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"mibc: error: {error.Message}");
            }

            Console.Error.WriteLine("Run 'mibc --help' for usage.");
            return ExitCodes.UsageOrIo;
        }

        return parse.Invoke();
    }
}
