using System.Diagnostics;
using Json.Schema;

namespace Mibc.Tests.Policies;

/// <summary>
/// The SARIF 2.1.0 JSON schema as Microsoft's SARIF SDK ships it in the npm package below. The tests get it from
/// the npm registry with <c>npm pack</c>, or from the file <c>MIBC_SARIF_SCHEMA</c> names.
/// </summary>
internal static class SarifSchema
{
    public const string Package = "@microsoft/sarif-multitool-linux@5.7.0";

    private const string Tarball = "microsoft-sarif-multitool-linux-5.7.0.tgz";

    private const string SchemaEntry = "package/sarif-2.1.0.json";

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Locate()));

    public static JsonSchema Value => Schema.Value;

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("MIBC_SARIF_SCHEMA") is { Length: > 0 } configured)
        {
            return configured;
        }

        var directory = Path.Combine(Path.GetTempPath(), "mibc-test-tools", "sarif-multitool-linux-5.7.0");
        var schema = Path.Combine(directory, SchemaEntry);
        if (File.Exists(schema))
        {
            return schema;
        }

        Directory.CreateDirectory(directory);
        Run("npm", directory, "pack", Package, "--pack-destination", directory);
        Run("tar", directory, "-xzf", Tarball, SchemaEntry);
        File.Delete(Path.Combine(directory, Tarball));
        return schema;
    }

    private static void Run(string program, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within 5 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {error.Result}{output.Result}. " +
                "Install npm, or set MIBC_SARIF_SCHEMA to the schema file.");
        }
    }
}
