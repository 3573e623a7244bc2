using System.Collections.Immutable;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Mibc.Language.Model;
using Mibc.Targets.Bundles;
using Scriban;

namespace Mibc.Targets.Deploy;

/// <summary>
/// Renders a bundle's <c>apply.sh</c> from its manifest: the bash script that places the files on the host,
/// checks them with each daemon's own check and reloads the services whose files changed.
/// </summary>
/// <remarks>
/// NOTE: the script carries the whole file list and every hash, so the host needs neither jq nor python.
/// Every value that reaches the script is single-quoted, and manifest values are checked against strict patterns first.
/// </remarks>
public static partial class ApplyScriptGenerator
{
    /// <summary>The script's file name at the bundle root.</summary>
    public const string FileName = "apply.sh";

    // NOTE: the template is not named apply.sh.sbn because MSBuild takes "sh" for a culture and moves such a resource into a satellite assembly.
    private const string TemplateResource = "Mibc.Targets.Templates.deploy.apply-sh.sbn";

    private static readonly Lazy<Template> ScriptTemplate = new(LoadTemplate);

    /// <summary>Renders the script for a checked model and the manifest of its bundle.</summary>
    /// <param name="model">The box; it supplies the OS profile and the certificate settings.</param>
    /// <param name="manifest">The manifest the script's file list, hashes, hooks and packages come from.</param>
    /// <returns>The script as UTF-8 bytes.</returns>
    /// <exception cref="ArgumentException">A manifest entry has a path, mode, owner, group, hash or hook a safe script cannot hold.</exception>
    public static byte[] Generate(BoxModel model, BundleManifest manifest)
    {
        foreach (var entry in manifest.Files)
        {
            Validate(entry);
        }

        return new UTF8Encoding(false).GetBytes(Render(model, manifest));
    }

    private static string Render(BoxModel model, BundleManifest manifest)
    {
        var services = manifest.Files.SelectMany(entry => entry.Services).Distinct(StringComparer.Ordinal).ToList();
        var hooks = manifest.Files.SelectMany(entry => entry.Hooks).Distinct().ToList();
        var packages = OsPackages.For(model.Host.Os.Value, services).Concat(manifest.Files.SelectMany(entry => entry.Packages)).Distinct(StringComparer.Ordinal);
        var certificate = SelfSignedCertificate.From(model);
        var (osId, osVersion) = OsPackages.OsRelease(model.Host.Os.Value);
        var manifestHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(BundleWriter.SerializeManifest(manifest))));

        var data = new
        {
            Box = manifest.Box,
            BoxQuoted = ShellQuote.Quote(manifest.Box),
            Generator = manifest.Generator,
            Os = manifest.Os,
            OsId = ShellQuote.Quote(osId),
            OsVersion = ShellQuote.Quote(osVersion),
            ManifestSha256 = ShellQuote.Quote(manifestHash),
            Files = manifest.Files.Select(entry => new
            {
                Source = ShellQuote.Quote(entry.Path),
                Target = ShellQuote.Quote(entry.Target),
                Mode = ShellQuote.Quote(entry.Mode),
                Owner = ShellQuote.Quote(entry.Owner),
                Group = ShellQuote.Quote(entry.Group),
                Sha256 = ShellQuote.Quote(entry.Sha256),
                Services = ShellQuote.Quote(string.Join(' ', entry.Services)),
                Hooks = ShellQuote.Quote(string.Join(' ', entry.Hooks.Select(hook => hooks.IndexOf(hook)))),
            }).ToList(),
            Services = ShellQuote.Join(services),
            Packages = ShellQuote.Join(packages),
            NsdZones = manifest.Files
                .Where(entry => entry.Services.Contains("nsd") && entry.Target.EndsWith(".zone", StringComparison.Ordinal))
                .Select(entry => new
                {
                    Name = ShellQuote.Quote(Path.GetFileName(entry.Target)[..^".zone".Length]),
                    File = ShellQuote.Quote(entry.Target),
                }).ToList(),
            Certificate = new
            {
                KeyArgs = ShellQuote.Join(certificate.KeyArguments),
                Digest = ShellQuote.Quote(certificate.Digest),
                Days = certificate.Days,
                Subject = ShellQuote.Quote("/CN=" + certificate.CommonName),
                San = ShellQuote.Quote(string.Join(',', certificate.Names.Select(name => "DNS:" + name))),
                Services = ShellQuote.Join(SelfSignedCertificate.Services.Where(services.Contains)),
            },
            Hooks = hooks.Select(hook => ShellQuote.Join([hook.Command, .. hook.Arguments])).ToList(),
        };

        return ScriptTemplate.Value.Render(data);
    }

    // NOTE: these patterns keep every manifest value printable and free of line breaks, so the
    // script's quoting and its line-based output stay intact whatever an emitter produced.
    private static void Validate(ManifestEntry entry)
    {
        Require(SafePath().IsMatch(entry.Target) && !entry.Target.Split('/').Contains(".."), entry, "target", entry.Target);
        Require(entry.Path == "files" + entry.Target, entry, "path", entry.Path);
        Require(ModePattern().IsMatch(entry.Mode), entry, "mode", entry.Mode);
        Require(NamePattern().IsMatch(entry.Owner), entry, "owner", entry.Owner);
        Require(NamePattern().IsMatch(entry.Group), entry, "group", entry.Group);
        Require(HashPattern().IsMatch(entry.Sha256), entry, "sha256", entry.Sha256);
        foreach (var service in entry.Services)
        {
            Require(NamePattern().IsMatch(service), entry, "service", service);
        }

        foreach (var package in entry.Packages)
        {
            Require(PackagePattern().IsMatch(package), entry, "package", package);
        }

        foreach (var hook in entry.Hooks)
        {
            Require(SafePath().IsMatch(hook.Command), entry, "hook command", hook.Command);
            foreach (var argument in hook.Arguments)
            {
                Require(!argument.Any(char.IsControl), entry, "hook argument", argument);
            }
        }
    }

    private static void Require(bool condition, ManifestEntry entry, string field, string value)
    {
        if (!condition)
        {
            throw new ArgumentException($"The manifest entry for '{entry.Target}' has an invalid {field} '{value}'; this is a bug in the emitter that made the file.");
        }
    }

    private static Template LoadTemplate()
    {
        using var stream = typeof(ApplyScriptGenerator).Assembly.GetManifestResourceStream(TemplateResource)
            ?? throw new InvalidOperationException($"The embedded template {TemplateResource} is missing from {typeof(ApplyScriptGenerator).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var template = Template.Parse(reader.ReadToEnd(), TemplateResource);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"The template {TemplateResource} does not parse: {string.Join("; ", template.Messages)}");
        }

        return template;
    }

    [GeneratedRegex(@"^/[A-Za-z0-9._@+/-]+$")]
    private static partial Regex SafePath();

    [GeneratedRegex("^0?[0-7]{3}$")]
    private static partial Regex ModePattern();

    [GeneratedRegex("^[a-z_][a-z0-9_.-]*$")]
    private static partial Regex NamePattern();

    // Debian policy, section 5.6.1: lower-case letters, digits, '+', '-' and '.', starting with a letter or digit.
    [GeneratedRegex("^[a-z0-9][a-z0-9+.-]+$")]
    private static partial Regex PackagePattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HashPattern();
}
