using System.CommandLine;
using System.Text.Json;
using Mibc.Compiler.Pipeline;
using Mibc.Language.Diagnostics;
using Mibc.Targets.Dns;
using Mibc.Targets.Keys;

namespace Mibc.Compiler.Cli;

/// <summary>
/// <c>mibc dns FILE [--format text|json]</c>: prints the DNS records to set at an external provider, for boxes
/// whose zones are not hosted on the box itself.
/// </summary>
internal static class DnsCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = CommonOptions.BoxFile();
        var format = new Option<string>("--format")
        {
            Description = "The output format: text, records as a zone file lists them, or json for scripts.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("dns", "Print the DNS records to set at an external DNS provider. DKIM keys missing from the key store are generated, as a build would.")
        {
            file, format,
        };

        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!.ToString();
            var json = parse.GetValue(format) == "json";
            return CommandRunner.Run(() => Print(path, json));
        });
        return command;
    }

    private static int Print(string path, bool json)
    {
        var result = CompilerFactory.Create(new CompilationOptions()).Check(path);
        if (result.HasErrors || result.Check.Model is not { } model)
        {
            ResultPrinter.PrintDiagnostics(Console.Error, result);
            Console.Error.WriteLine($"mibc dns: {ResultPrinter.Summary(result)}; no records printed.");
            return ExitCodes.Failed;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var errors = new List<Diagnostic>();
        var keys = new DnsKeyMaterial(new KeyStore(directory, allowWrites: true), diagnostic =>
        {
            if (diagnostic.IsError)
            {
                errors.Add(diagnostic);
            }
        });
        var plan = ZonePlanner.Plan(model, keys, diagnostic =>
        {
            if (diagnostic.IsError)
            {
                errors.Add(diagnostic);
            }
        });
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                Console.Error.WriteLine(DiagnosticFormatter.FormatLine(error));
            }

            return ExitCodes.Failed;
        }

        var zones = ProviderRecords.From(plan);
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new { zones }, JsonOptions));
            return ExitCodes.Success;
        }

        Console.Out.WriteLine($"; DNS records of the mail box {model.Host.Name.Value.Ascii}, for a DNS provider that hosts its zones.");
        Console.Out.WriteLine("; TXT values over 255 bytes are split into quoted strings; enter them as shown, or join them where a provider takes one text.");
        foreach (var zone in zones)
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine($"; {zone.Zone}");
            foreach (var record in zone.Records)
            {
                Console.Out.WriteLine($"{record.Name,-40} {record.Ttl} IN {record.Type,-6} {record.Value}");
            }
        }

        return ExitCodes.Success;
    }
}
