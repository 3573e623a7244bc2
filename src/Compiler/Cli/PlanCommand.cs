using System.CommandLine;
using Mibc.Compiler.Deploy;
using Mibc.Targets.Keys;

namespace Mibc.Compiler.Cli;

/// <summary><c>mibc plan FILE --host user@host[:port]</c>: shows what apply would change on the host, and changes nothing.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo?>("file")
        {
            Description = "The box.mib file to build; optional with --bundle, where it still supplies the ssh port and host keys.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var options = new DeployOptions();
        var command = new Command("plan", "Connect to the box's host over SSH and show a unified diff of every file apply would change; change nothing.")
        {
            file,
        };
        options.AddTo(command);

        command.SetAction(parse => DeployCommandRunner.Run(() =>
        {
            var paths = parse.GetValue(file) is { } box ? new[] { box.ToString() } : [];
            var bundles = parse.GetValue(options.Bundle) ?? [];
            if (paths.Length + bundles.Length != 1)
            {
                throw new FormatException("mibc plan takes one box: a box.mib file or --bundle DIR");
            }

            using var inputs = DeployInputs.Resolve(parse, options, paths, Console.Out);
            if (inputs.Failures.Count > 0)
            {
                Console.Out.WriteLine($"Plan failed: {inputs.Failures[0].Summary}.");
                return ExitCodes.Failed;
            }

            var target = inputs.Targets[0];
            var keys = DeployCommandRunner.LoadKeys(parse, options);
            var root = parse.GetValue(options.Root);
            using var connection = HostConnection.OpenAsync(target.Endpoint, keys, target.Verifier, TimeSpan.FromSeconds(parse.GetValue(options.Timeout)), CancellationToken.None).GetAwaiter().GetResult();
            var plan = HostInspector.InspectAsync(connection, target.BundleDirectory, root, CancellationToken.None).GetAwaiter().GetResult();
            PlanPrinter.Print(Console.Out, plan, target.Endpoint, root);
            if (target.SourceDirectory is { } sourceDirectory)
            {
                var facts = HostFactsReader.ReadAsync(connection, sourceDirectory, root, CancellationToken.None).GetAwaiter().GetResult();
                Console.Out.WriteLine(
                    $"Stored {facts.SshHostKeys} SSH host key(s){(facts.CertificateStored ? " and the certificate's public key" : string.Empty)} in {Path.Combine(sourceDirectory, KeyStore.DirectoryName)}; the next build publishes them as SSHFP{(facts.CertificateStored ? " and TLSA" : string.Empty)} records.");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
