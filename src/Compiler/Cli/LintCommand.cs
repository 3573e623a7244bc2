using System.CommandLine;
using System.Collections.Immutable;
using Mibc.Compiler.Lint;
using Mibc.Compiler.Pipeline;
using Mibc.Language.Diagnostics;

namespace Mibc.Compiler.Cli;

/// <summary><c>mibc lint FILE... --format text|json|sarif|github</c>: checks files and writes the findings for CI.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files")
        {
            Description = "The box.mib files to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "The output format: text for people, json for scripts, sarif for code scanning, github for workflow annotations.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var failLevel = new Option<string>("--fail-level")
        {
            Description = "The lowest severity that makes the exit code 1: error (the default) or warning.",
            DefaultValueFactory = _ => "error",
        };
        failLevel.AcceptOnlyFromAmong("error", "warning");
        var policies = CommonOptions.PolicyDirectories();
        var command = new Command("lint", "Check box.mib files and write every finding as text, JSON, SARIF 2.1.0 or GitHub annotations.")
        {
            files, format, failLevel, policies,
        };

        command.SetAction(parse =>
        {
            var options = new CompilationOptions(false, [.. (parse.GetValue(policies) ?? []).Select(d => d.FullName)]);
            var paths = parse.GetValue(files)!.Select(file => file.ToString()).ToList();
            var outputFormat = Enum.Parse<LintFormat>(parse.GetValue(format)!, ignoreCase: true);
            var threshold = parse.GetValue(failLevel) == "warning" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
            return CommandRunner.Run(() =>
            {
                var report = Lint(paths, options);
                Write(report, outputFormat);
                return report.Diagnostics.Any(pair => pair.Diagnostic.Severity >= threshold) ? ExitCodes.Failed : ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>Checks every file and collects the rules that ran for any of them.</summary>
    private static LintReport Lint(IReadOnlyList<string> paths, CompilationOptions options)
    {
        var compiler = CompilerFactory.Create(options);
        var host = CompilerFactory.CreatePolicyHost(options);
        var files = paths.Select(path => new LintedFile(path, compiler.Check(path))).ToImmutableArray();
        var rules = files
            .SelectMany(file => host.LoadFor(file.Result.Check).Rules)
            .Select(rule => rule.Info)
            .DistinctBy(rule => rule.Id)
            .ToImmutableArray();
        return new LintReport(files, rules);
    }

    private static void Write(LintReport report, LintFormat format)
    {
        switch (format)
        {
            case LintFormat.Json:
                WriteToStandardOutput(stream => JsonReportWriter.Write(stream, report));
                break;
            case LintFormat.Sarif:
                WriteToStandardOutput(stream => SarifWriter.Write(stream, report));
                break;
            case LintFormat.Github:
                GithubAnnotationWriter.Write(Console.Out, report);
                break;
            default:
                foreach (var file in report.Files)
                {
                    ResultPrinter.PrintDiagnostics(Console.Out, file.Result);
                }

                Console.Out.WriteLine($"Linted {report.Files.Length} file(s): {report.Count(DiagnosticSeverity.Error)} errors, {report.Count(DiagnosticSeverity.Warning)} warnings.");
                break;
        }
    }

    private static void WriteToStandardOutput(Action<Stream> write)
    {
        Console.Out.Flush();
        using var stdout = Console.OpenStandardOutput();
        write(stdout);
        stdout.WriteByte((byte)'\n');
    }
}
