using System.CommandLine;
using System.Text.Json;
using Mibc.Compiler.Pipeline;
using Mibc.Compiler.Verify;
using Spectre.Console;

namespace Mibc.Compiler.Cli;

/// <summary><c>mibc verify FILE --host HOST</c>: checks that a running box behaves as its box.mib describes.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var file = CommonOptions.BoxFile();
        var host = new Option<string>("--host")
        {
            Description = "The host name or address of the running box.",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: table or json.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var timeout = new Option<int>("--timeout")
        {
            Description = "The most one check may take, in seconds.",
            DefaultValueFactory = _ => 10,
        };
        var ports = new Option<string[]>("--port")
        {
            Description = "A port override as service=port, for boxes behind port forwarding; repeat for several (services: smtp, submission, submissions, imap, imaps, pop3, pop3s, http, https, ssh, dns).",
        };
        var command = new Command("verify", "Check a running box against its box.mib: listeners, TLS protocols and ciphers, certificate, AUTH, HSTS and SSH.")
        {
            file, host, format, timeout, ports,
        };

        command.SetAction(async (parse, _) =>
        {
            var path = parse.GetValue(file)!.ToString();
            var compiled = CompilerFactory.Create(new CompilationOptions()).Check(path);
            if (compiled.HasErrors || compiled.Check.Model is null)
            {
                ResultPrinter.PrintDiagnostics(Console.Out, compiled);
                Console.Out.WriteLine($"Verify stopped: box.mib has {ResultPrinter.Summary(compiled)}.");
                return ExitCodes.Failed;
            }

            ServicePorts servicePorts;
            try
            {
                servicePorts = VerifyPlanner.PortsFor(compiled.Check.Model, parse.GetValue(ports) ?? []);
            }
            catch (ArgumentException error)
            {
                Console.Error.WriteLine($"mibc: error: {error.Message}");
                return ExitCodes.UsageOrIo;
            }

            var checks = VerifyPlanner.Plan(compiled.Check.Model, parse.GetValue(host)!, servicePorts);
            var results = await VerifyRunner.RunAsync(checks, TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))));
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                PrintTable(results);
            }

            return results.Any(result => result.Status == VerifyStatus.Fail) ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }

    private static void PrintTable(IReadOnlyList<VerifyResult> results)
    {
        var table = new Table().AddColumns("Check", "Endpoint", "Result", "Detail");
        foreach (var result in results)
        {
            var color = result.Status switch
            {
                VerifyStatus.Pass => "green",
                VerifyStatus.Warn => "yellow",
                VerifyStatus.Skip => "grey",
                _ => "red",
            };
            table.AddRow(Markup.Escape(result.Title), Markup.Escape(result.Endpoint), $"[{color}]{result.Status.ToString().ToUpperInvariant()}[/]", Markup.Escape(result.Detail));
        }

        AnsiConsole.Write(table);
        var failed = results.Count(result => result.Status == VerifyStatus.Fail);
        var warned = results.Count(result => result.Status == VerifyStatus.Warn);
        AnsiConsole.WriteLine($"{results.Count} checks: {failed} failed, {warned} warnings.");
    }
}
