using System.CommandLine;
using Mibc.Language.Tls;

namespace Mibc.Compiler.Cli;

/// <summary><c>mibc ciphers "STRING"</c>: expands an OpenSSL cipher string as a given OpenSSL would, marking weak suites.</summary>
internal static class CiphersCommand
{
    public static Command Create()
    {
        var cipherString = new Argument<string>("cipher-string")
        {
            Description = "The OpenSSL cipher string, such as \"HIGH:!aNULL:!MD5\".",
        };
        var openssl = new Option<string>("--openssl")
        {
            Description = "The OpenSSL version whose tables to use: 3.0 (Debian 12, Ubuntu 22.04 and 24.04) or 1.0.1 (Ubuntu 14.04), to audit old servers.",
            DefaultValueFactory = _ => "3.0",
        };
        openssl.AcceptOnlyFromAmong("3.0", "1.0.1");
        var json = new Option<bool>("--json")
        {
            Description = "Print JSON instead of the openssl ciphers -v layout.",
        };
        var command = new Command("ciphers", "List the suites an OpenSSL cipher string selects, in order, in the layout of 'openssl ciphers -v', with each weak suite marked.")
        {
            cipherString, openssl, json,
        };

        command.SetAction(parse =>
        {
            if (!OpenSslVersionNames.TryParse(parse.GetValue(openssl)!, out var version))
            {
                Console.Error.WriteLine($"mibc: error: unknown OpenSSL version '{parse.GetValue(openssl)}': use 3.0 or 1.0.1");
                return ExitCodes.UsageOrIo;
            }

            var expansion = CipherStringEvaluator.Evaluate(parse.GetValue(cipherString)!, version.Value);
            var formatter = new CipherListFormatter(Console.Out);
            if (parse.GetValue(json))
            {
                formatter.WriteJson(expansion);
            }
            else
            {
                formatter.WriteText(expansion);
            }

            return expansion.HasErrors ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }
}
