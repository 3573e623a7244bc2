using Mibc.Compiler.Deploy;

namespace Mibc.Compiler.Cli;

/// <summary>Prints a <see cref="DeployPlan"/>: one line per changed file, the services to reload, then the diffs.</summary>
internal static class PlanPrinter
{
    public static void Print(TextWriter output, DeployPlan plan, SshEndpoint endpoint, string? root)
    {
        output.WriteLine($"Plan for {plan.Box} on {endpoint}{(root is null ? string.Empty : $" under {root}")}:");
        if (!plan.HasChanges)
        {
            output.WriteLine($"  no changes: {plan.Files.Length} files match.");
            return;
        }

        if (plan.CertificateMissing)
        {
            output.WriteLine("  create the self-signed certificate /etc/mibc/tls/cert.pem and key.pem");
        }

        foreach (var change in plan.Changes)
        {
            var verb = change.Kind == FileChangeKind.Create ? "create" : "update";
            var reasons = change.Reasons.Length > 0 ? $" ({string.Join(", ", change.Reasons)})" : string.Empty;
            output.WriteLine($"  {verb} {change.HostPath}{reasons}");
        }

        var unchanged = plan.Files.Count(file => file.Kind == FileChangeKind.Unchanged);
        output.WriteLine($"  {unchanged} files unchanged.");
        if (plan.Services.Length > 0)
        {
            output.WriteLine($"  services to check and reload: {string.Join(' ', plan.Services)}");
        }

        foreach (var change in plan.Changes.Where(change => change.Diff is not null))
        {
            output.WriteLine();
            output.WriteLine(change.Diff!.Contains('\n') ? change.Diff.TrimEnd('\n') : $"{change.HostPath}: {change.Diff}");
        }
    }
}
