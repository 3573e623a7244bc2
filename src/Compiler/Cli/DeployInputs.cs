using System.CommandLine;
using Mibc.Compiler.Deploy;
using Mibc.Compiler.Pipeline;
using Mibc.Language.Model;
using Mibc.Language.Text;
using Mibc.Targets.Bundles;
using Mibc.Targets.Deploy;

namespace Mibc.Compiler.Cli;

/// <summary>
/// Turns the box files, directories and bundles of a plan or apply command line into deploy targets:
/// builds each box.mib into a temporary bundle and works out its host and host key source.
/// </summary>
internal sealed class DeployInputs : IDisposable
{
    private readonly List<string> temporaryBundles = [];

    private DeployInputs()
    {
    }

    /// <summary>The boxes ready to deploy.</summary>
    public List<DeployTarget> Targets { get; } = [];

    /// <summary>The boxes that failed before any connection, such as on build errors.</summary>
    public List<DeployOutcome> Failures { get; } = [];

    /// <summary>Resolves the inputs; build diagnostics go to <paramref name="output"/>.</summary>
    /// <exception cref="FormatException">A --host or --host-key value is malformed, or does not fit the boxes given.</exception>
    /// <exception cref="IOException">An input path does not exist or contains no box.</exception>
    public static DeployInputs Resolve(ParseResult parse, DeployOptions options, IReadOnlyList<string> paths, TextWriter output)
    {
        var inputs = new DeployInputs();
        try
        {
            inputs.ResolveAll(parse, options, paths, output);
            return inputs;
        }
        catch
        {
            inputs.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var directory in temporaryBundles.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private void ResolveAll(ParseResult parse, DeployOptions options, IReadOnlyList<string> paths, TextWriter output)
    {
        var boxFiles = new List<string>();
        var bundles = (parse.GetValue(options.Bundle) ?? []).Select(directory => directory.FullName).ToList();
        foreach (var path in paths)
        {
            if (Directory.Exists(path) && File.Exists(Path.Combine(path, BundleManifest.FileName)))
            {
                bundles.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.mib").Order(StringComparer.Ordinal).ToList();
                boxFiles.AddRange(found.Count > 0 ? found : throw new IOException($"directory '{path}' contains no .mib files and no bundle"));
            }
            else
            {
                boxFiles.Add(File.Exists(path) ? path : throw new IOException($"'{path}' not found: give a box.mib file, a directory of them, or a bundle directory"));
            }
        }

        var count = boxFiles.Count + bundles.Count;
        if (count == 0)
        {
            throw new FormatException("nothing to deploy: give a box.mib file, a directory of them, or --bundle DIR");
        }

        var hosts = HostMap.Parse(parse.GetValue(options.Host) ?? [], count, parse.GetValue(options.User)!);
        var pinned = parse.GetValue(options.HostKey);
        if (pinned is not null && count > 1)
        {
            throw new FormatException("--host-key pins one host's key, but several boxes were given: deploy them one at a time, or record their keys in known_hosts or ssh.host_keys");
        }

        var knownHosts = parse.GetValue(options.KnownHosts)?.FullName ?? KnownHostsFile.DefaultPath;
        var compilation = new CompilationOptions(parse.GetValue(options.WarningsAsErrors), [.. (parse.GetValue(options.Policies) ?? []).Select(d => d.FullName)]);

        foreach (var file in boxFiles)
        {
            var bundle = Path.Combine(Path.GetTempPath(), $"mibc-bundle-{Guid.NewGuid():N}");
            temporaryBundles.Add(bundle);
            var result = CompilerFactory.Create(compilation).Build(file, bundle);
            ResultPrinter.PrintDiagnostics(output, result);
            if (result.HasErrors || result.Check.Model is not { } model)
            {
                Failures.Add(new DeployOutcome(file, false, $"build failed: {ResultPrinter.Summary(result)}"));
                continue;
            }

            result.Sources.TryGetValue(result.Check.Parse.Source.Path, out var source);
            var box = model.Host.Name.Value.Ascii;
            var endpoint = hosts.For(box, model.Host.Ssh.Port.Value);
            Targets.Add(new DeployTarget(box, bundle, endpoint, ChooseVerifier(pinned, model.Host.Ssh, source, knownHosts), Path.GetDirectoryName(Path.GetFullPath(file))));
        }

        foreach (var bundle in bundles)
        {
            var box = CheckBundle(bundle);
            var endpoint = hosts.For(box, SshEndpoint.DefaultPort);
            Targets.Add(new DeployTarget(box, bundle, endpoint, ChooseVerifier(pinned, null, null, knownHosts)));
        }
    }

    // A bundle with a missing file would fail half way through the upload, so it fails here instead.
    private static string CheckBundle(string bundle)
    {
        var manifest = BundleWriter.ReadManifest(bundle);
        var missing = manifest.Files.Select(entry => entry.Path).Append(ApplyScriptGenerator.FileName)
            .FirstOrDefault(path => !File.Exists(Path.Combine(bundle, path)));
        return missing is null
            ? manifest.Box
            : throw new IOException($"bundle '{bundle}' lacks {missing}: build it again with mibc build");
    }

    // One trusted source, strongest first: the pinned fingerprint, then box.mib's keys, then known_hosts.
    private static HostKeyVerifier ChooseVerifier(string? pinned, SshSettings? ssh, SourceText? source, string knownHosts)
    {
        if (pinned is not null)
        {
            return HostKeyVerifier.ForFingerprint(pinned);
        }

        if (ssh is { HostKeys.Length: > 0 })
        {
            return HostKeyVerifier.ForDeclaredKeys(ssh.HostKeys, source);
        }

        return HostKeyVerifier.ForKnownHosts(KnownHostsFile.Load(knownHosts));
    }

    /// <summary>The --host values: one endpoint for a single box, or endpoints by box name.</summary>
    /// <remarks>A value without a port takes the box's ssh port from box.mib.</remarks>
    private sealed class HostMap(string? single, Dictionary<string, string> byBox, string user)
    {
        public static HostMap Parse(string[] values, int boxCount, string user)
        {
            string? single = null;
            var byBox = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var value in values)
            {
                var equals = value.IndexOf('=');
                var endpoint = equals > 0 ? value[(equals + 1)..] : value;

                // Parse now, so a malformed value fails before any build or connection.
                SshEndpoint.Parse(endpoint, user, SshEndpoint.DefaultPort);
                if (equals > 0)
                {
                    byBox[value[..equals].Trim()] = endpoint;
                }
                else if (boxCount == 1 && single is null)
                {
                    single = endpoint;
                }
                else
                {
                    throw new FormatException($"--host '{value}' names no box, but several boxes or hosts were given: write BOX=user@host[:port]");
                }
            }

            return new HostMap(single, byBox, user);
        }

        public SshEndpoint For(string box, int sshPort)
        {
            var text = single ?? byBox.GetValueOrDefault(box);
            return text is null ? new SshEndpoint(user, box, sshPort) : SshEndpoint.Parse(text, user, sshPort);
        }
    }
}
