using System.Collections.Immutable;
using Mibc.Compiler.Pipeline;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Semantics;
using Mibc.Language.Text;

namespace Mibc.Compiler.Policies;

/// <summary>
/// The policy host: loads the baseline pack and the box's own packs, runs every enabled rule on the checked
/// model, and applies rule levels and suppression comments.
/// </summary>
/// <param name="options">Pack directories from the command line, the cache and the rule budget.</param>
public sealed class PolicyHost(PolicyHostOptions options) : IModelAnalyzer
{
    private static readonly Lazy<PolicyPack> Baseline = new(PolicyPack.LoadBaseline);

    /// <summary>The pack that ships with mibc.</summary>
    public static PolicyPack BaselinePack => Baseline.Value;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Analyze(CheckResult check, IDictionary<string, SourceText> sources)
    {
        var model = check.Model ?? throw new ArgumentException("The policy host needs a checked model.", nameof(check));
        var boxPath = check.Parse.Source.Path;
        var hostDiagnostics = new List<Diagnostic>();
        var set = Load(model, boxPath, hostDiagnostics);
        foreach (var file in set.Packs.SelectMany(pack => pack.Files))
        {
            sources[file.Text.Path] = file.Text;
        }

        var levels = ResolveLevels(model, set, hostDiagnostics);
        var findings = new List<Diagnostic>();
        foreach (var rule in set.Rules)
        {
            var level = levels.GetValueOrDefault(rule, rule.Info.DefaultLevel);
            if (level == RuleLevel.Off)
            {
                continue;
            }

            var (ruleFindings, failure) = PolicyRunner.Run(rule, model, options.Limits, set.Packs);
            findings.AddRange(ruleFindings.Select(finding =>
                new Diagnostic(rule.Info.Id, SeverityOf(level < finding.MaximumLevel ? level : finding.MaximumLevel), finding.Message, finding.Location)));
            if (failure is not null)
            {
                hostDiagnostics.Add(failure);
            }
        }

        var suppressions = Suppression.Find(check.Parse.Source, check.Parse.Syntax.Comments);
        var kept = SuppressionFilter.Apply(findings, suppressions, set, boxPath, hostDiagnostics);
        return hostDiagnostics
            .Concat(kept)
            .OrderBy(diagnostic => diagnostic.Location.Path != boxPath)
            .ThenBy(diagnostic => diagnostic.Location.Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.Span.Start)
            .ToImmutableArray();
    }

    /// <summary>
    /// Loads the pack set of a box: the baseline, box.mib's <c>packs</c>, then the command line's directories.
    /// A directory that does not exist gets an error in <paramref name="diagnostics"/> and is skipped.
    /// </summary>
    /// <exception cref="IOException">A pack file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A pack file cannot be read.</exception>
    public LoadedPolicySet Load(BoxModel model, string boxPath, ICollection<Diagnostic> diagnostics)
    {
        var boxDirectory = Path.GetDirectoryName(Path.GetFullPath(boxPath))!;
        var boxPacks = model.Policy.Packs.Select(pack => new PackRequest(
            pack.Value, Path.GetFullPath(Path.Combine(boxDirectory, pack.Value)), $"the directory of {boxPath}", pack.Span));
        return LoadPacks(boxPacks, diagnostics);
    }

    /// <summary>Loads the baseline and the command line's pack directories, for commands that read no box.mib.</summary>
    /// <exception cref="IOException">A pack file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A pack file cannot be read.</exception>
    public LoadedPolicySet LoadWithoutBox(ICollection<Diagnostic> diagnostics) => LoadPacks([], diagnostics);

    /// <summary>Loads the rules a check ran with: those of its box, or the baseline and command line packs when it has no model.</summary>
    /// <exception cref="IOException">A pack file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A pack file cannot be read.</exception>
    public LoadedPolicySet LoadFor(CheckResult check)
    {
        var ignored = new List<Diagnostic>();
        return check.Model is { } model ? Load(model, check.Parse.Source.Path, ignored) : LoadWithoutBox(ignored);
    }

    private LoadedPolicySet LoadPacks(IEnumerable<PackRequest> boxPacks, ICollection<Diagnostic> diagnostics)
    {
        var packs = new List<PolicyPack> { BaselinePack };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var commandLinePacks = options.ExtraPackDirectories.Select(directory => new PackRequest(
            directory, Path.GetFullPath(directory), "the working directory", SourceSpan.None));
        foreach (var request in boxPacks.Concat(commandLinePacks))
        {
            AddPack(request, packs, seen, diagnostics);
        }

        var cache = options.CacheDirectory is null ? null : new PolicyCache(options.CacheDirectory);
        var set = PolicySetLoader.Load(packs, cache);
        foreach (var diagnostic in set.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return set;
    }

    private static void AddPack(PackRequest request, List<PolicyPack> packs, HashSet<string> seen, ICollection<Diagnostic> diagnostics)
    {
        if (!Directory.Exists(request.FullPath))
        {
            diagnostics.Add(DiagnosticCatalog.PolicyPackNotFound.Create(request.Location, request.Name, request.RelativeTo));
            return;
        }

        if (!seen.Add(request.FullPath))
        {
            return;
        }

        var pack = PolicyPack.LoadDirectory(request.Name, request.FullPath, DisplayPath(request.FullPath));
        if (pack.Files.IsEmpty)
        {
            diagnostics.Add(DiagnosticCatalog.PolicyPackEmpty.Create(request.Location, request.Name));
            return;
        }

        packs.Add(pack);
    }

    private static Dictionary<LoadedRule, RuleLevel> ResolveLevels(BoxModel model, LoadedPolicySet set, ICollection<Diagnostic> diagnostics)
    {
        var levels = new Dictionary<LoadedRule, RuleLevel>();
        foreach (var (key, level) in model.Policy.RuleLevels.OrderBy(pair => pair.Value.Span.Span.Start))
        {
            if (set.Find(key) is { } rule)
            {
                levels[rule] = level.Value;
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.UnknownRule.Create(level.Span, key, " in policy.rules"));
            }
        }

        return levels;
    }

    private static DiagnosticSeverity SeverityOf(RuleLevel level) => level switch
    {
        RuleLevel.Error => DiagnosticSeverity.Error,
        RuleLevel.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    /// <summary>A pack directory to load, with the place that asked for it.</summary>
    private sealed record PackRequest(string Name, string FullPath, string RelativeTo, SourceSpan Location);

    /// <summary>Returns a path relative to the working directory when the directory is below it, else the full path.</summary>
    private static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
