using System.Collections.Immutable;
using System.Text;
using DiffPlex.Renderer;
using Mibc.Targets.Bundles;
using Mibc.Targets.Deploy;

namespace Mibc.Compiler.Deploy;

/// <summary>
/// Compares a bundle with the files on a host, reading only: hashes and metadata of every target, then the content
/// of changed non-secret files for a unified diff.
/// </summary>
public static class HostInspector
{
    /// <summary>The largest file whose content is fetched for a diff; bigger files are reported as changed only.</summary>
    public const int MaxDiffBytes = 1024 * 1024;

    private const string CertificatePath = "/etc/mibc/tls/cert.pem";
    private const string KeyPath = "/etc/mibc/tls/key.pem";

    /// <summary>Works out what applying the bundle in <paramref name="bundleDirectory"/> would change.</summary>
    /// <param name="connection">The verified connection.</param>
    /// <param name="bundleDirectory">The local bundle.</param>
    /// <param name="root">The <c>--root</c> directory on the host, or null for the real paths.</param>
    /// <param name="cancellation">Stops the inspection.</param>
    /// <exception cref="RemoteHostException">Reading the files on the host failed.</exception>
    public static async Task<DeployPlan> InspectAsync(HostConnection connection, string bundleDirectory, string? root, CancellationToken cancellation)
    {
        var manifest = BundleWriter.ReadManifest(bundleDirectory);
        var prefix = root?.TrimEnd('/') ?? string.Empty;
        var paths = manifest.Files.Select(entry => prefix + entry.Target).Concat([prefix + CertificatePath, prefix + KeyPath]).ToList();

        var probe = await connection.RunAsync(connection.RootPrefix + "sh -c " + ShellQuote.Quote(ProbeScript(paths)), cancellation);
        var lines = probe.OutputText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (probe.ExitStatus != 0 || lines.Length != paths.Count)
        {
            throw new RemoteHostException($"reading the files on {connection.Endpoint} failed (exit {probe.ExitStatus}): {probe.Error.Trim()}");
        }

        var files = ImmutableArray.CreateBuilder<PlannedChange>();
        for (var i = 0; i < manifest.Files.Length; i++)
        {
            var entry = manifest.Files[i];
            var content = await File.ReadAllBytesAsync(Path.Combine(bundleDirectory, entry.Path), cancellation);
            files.Add(await CompareAsync(connection, entry, paths[i], lines[i], content, cancellation));
        }

        var certificateMissing = lines[^2] == "missing" || lines[^1] == "missing";
        var changedServices = files.Where(file => file.Kind != FileChangeKind.Unchanged).SelectMany(file => file.Entry.Services).ToHashSet();
        var allServices = manifest.Files.SelectMany(entry => entry.Services).Distinct().ToList();
        if (certificateMissing)
        {
            changedServices.UnionWith(SelfSignedCertificate.Services.Where(allServices.Contains));
        }

        return new DeployPlan(manifest.Box, files.ToImmutable(), certificateMissing, [.. allServices.Where(changedServices.Contains)]);
    }

    // One line per path: "file SHA256 MODE OWNER GROUP", "link", "other" or "missing".
    private static string ProbeScript(IEnumerable<string> paths) =>
        "for f in " + ShellQuote.Join(paths) + "; do " +
        "if [ -L \"$f\" ]; then echo link; " +
        "elif [ -f \"$f\" ]; then h=$(sha256sum < \"$f\") || exit 1; echo \"file ${h%% *} $(stat -c '%a %U %G' \"$f\")\"; " +
        "elif [ -e \"$f\" ]; then echo other; " +
        "else echo missing; fi; done";

    private static async Task<PlannedChange> CompareAsync(HostConnection connection, ManifestEntry entry, string hostPath, string state, byte[] content, CancellationToken cancellation)
    {
        var fields = state.Split(' ');
        switch (fields[0])
        {
            case "missing":
                return new PlannedChange(entry, hostPath, FileChangeKind.Create, [], entry.Secret ? "secret created" : Diff(entry, [], content, created: true));
            case "file" when fields.Length == 5:
                break;
            default:
                return new PlannedChange(entry, hostPath, FileChangeKind.Update, [$"replaces a {(fields[0] == "link" ? "symbolic link" : "non-regular file")}"], entry.Secret ? "secret changed" : null);
        }

        var reasons = ImmutableArray.CreateBuilder<string>();
        var contentChanged = fields[1] != entry.Sha256;
        if (contentChanged)
        {
            reasons.Add("content");
        }

        var mode = NormalizeMode(fields[2]);
        if (mode != NormalizeMode(entry.Mode))
        {
            reasons.Add($"mode {mode} -> {NormalizeMode(entry.Mode)}");
        }

        if (fields[3] != entry.Owner)
        {
            reasons.Add($"owner {fields[3]} -> {entry.Owner}");
        }

        if (fields[4] != entry.Group)
        {
            reasons.Add($"group {fields[4]} -> {entry.Group}");
        }

        if (reasons.Count == 0)
        {
            return new PlannedChange(entry, hostPath, FileChangeKind.Unchanged, [], null);
        }

        string? diff = null;
        if (contentChanged)
        {
            diff = entry.Secret ? "secret changed" : await DiffWithHostAsync(connection, entry, hostPath, content, cancellation);
        }

        return new PlannedChange(entry, hostPath, FileChangeKind.Update, reasons.ToImmutable(), diff);
    }

    private static async Task<string> DiffWithHostAsync(HostConnection connection, ManifestEntry entry, string hostPath, byte[] content, CancellationToken cancellation)
    {
        var read = await connection.RunAsync($"{connection.RootPrefix}head -c {MaxDiffBytes + 1} -- {ShellQuote.Quote(hostPath)}", cancellation);
        if (read.ExitStatus != 0)
        {
            throw new RemoteHostException($"reading {hostPath} on {connection.Endpoint} failed: {read.Error.Trim()}");
        }

        return read.Output.Length > MaxDiffBytes || content.Length > MaxDiffBytes
            ? $"content changed (over {MaxDiffBytes / 1024} KiB, not diffed)"
            : Diff(entry, read.Output, content, created: false);
    }

    private static string Diff(ManifestEntry entry, byte[] before, byte[] after, bool created)
    {
        if (!IsText(before) || !IsText(after))
        {
            return "binary content changed";
        }

        var relative = entry.Target.TrimStart('/');
        return UnidiffRenderer.GenerateUnidiff(
            Encoding.UTF8.GetString(before),
            Encoding.UTF8.GetString(after),
            created ? "/dev/null" : "a/" + relative,
            "b/" + relative,
            ignoreWhitespace: false,
            ignoreCase: false,
            contextLines: 3);
    }

    private static bool IsText(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return false;
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string NormalizeMode(string mode) =>
        Convert.ToString(Convert.ToInt32(mode, 8), 8).PadLeft(4, '0');
}
