using System.Collections.Immutable;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Semantics;
using Mibc.Language.Text;
using Mibc.Targets.Bundles;
using Mibc.Targets.Deploy;
using Mibc.Targets.Emit;

namespace Mibc.Compiler.Pipeline;

/// <summary>
/// The compiler pipeline: parse and check, run analyzers on a clean model, then emit and write a bundle.
/// </summary>
/// <param name="options">Settings for the compilation.</param>
/// <param name="analyzers">Model analyzers, such as the policy host.</param>
public sealed class BoxCompiler(CompilationOptions options, IReadOnlyList<IModelAnalyzer> analyzers)
{
    /// <summary>Checks a file: syntax, names, types and analyzers. Nothing is written.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public CompilationResult Check(string path) => Run(BoxChecker.CheckFile(path), emit: false);

    /// <summary>Checks text as if it were the file at <paramref name="path"/>; for editors and tests.</summary>
    public CompilationResult CheckText(string path, string text) => Run(BoxChecker.Check(new SourceText(path, text)), emit: false);

    /// <summary>Checks a file and, when it has no errors, renders every target's files.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public CompilationResult Compile(string path) => Run(BoxChecker.CheckFile(path), emit: true);

    /// <summary>Compiles a file and, when it has no errors, writes the bundle atomically.</summary>
    /// <exception cref="IOException">The file cannot be read or the bundle cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">As above.</exception>
    public CompilationResult Build(string path, string outputDirectory)
    {
        var result = Compile(path);
        if (!result.HasErrors && result.Check.Model is { } model)
        {
            var manifest = CreateManifest(model, result.Files);
            var script = ApplyScriptGenerator.Generate(model, manifest);
            BundleWriter.Write(outputDirectory, manifest, result.Files, new Dictionary<string, byte[]> { [ApplyScriptGenerator.FileName] = script });
            MakeExecutable(Path.Combine(outputDirectory, ApplyScriptGenerator.FileName));
        }

        return result;
    }

    // BundleWriter writes every file without the execute bit; the admin may run ./apply.sh directly.
    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }

    /// <summary>Creates the manifest for a set of generated files.</summary>
    public static BundleManifest CreateManifest(BoxModel model, IEnumerable<BundleFile> files) => new(
        BundleManifest.CurrentFormat,
        VersionInfo.Version,
        model.Host.Name.Value.Ascii,
        Language.Semantics.Schema.LanguageTypes.Os.WordFor(model.Host.Os.Value),
        [.. files.Select(file => new ManifestEntry(file.BundlePath, file.TargetPath, file.Mode, file.Owner, file.Group, file.Sha256, file.Services, file.Secret)
        {
            Hooks = file.Hooks,
            Packages = file.Packages,
        })]);

    private CompilationResult Run(CheckResult check, bool emit)
    {
        var sources = new Dictionary<string, SourceText> { [check.Parse.Source.Path] = check.Parse.Source };
        var diagnostics = check.Diagnostics.ToList();
        var files = ImmutableArray<BundleFile>.Empty;

        if (!check.HasErrors && check.Model is not null)
        {
            foreach (var analyzer in analyzers)
            {
                diagnostics.AddRange(analyzer.Analyze(check, sources));
            }
        }

        diagnostics = [.. diagnostics.Select(Adjust)];
        if (emit && check.Model is { } model && !diagnostics.Any(diagnostic => diagnostic.IsError))
        {
            var context = new EmitContext(model, Path.GetDirectoryName(Path.GetFullPath(check.Parse.Source.Path)) ?? ".");
            var emitted = TargetCatalog.CreateEmitters().SelectMany(emitter => emitter.Emit(context)).ToImmutableArray();
            // NOTE: TargetValueAnalyzer reports the render model's warnings at check time already, so
            // the same findings from the emitters are left out rather than shown twice.
            diagnostics.AddRange(context.Diagnostics.Select(Adjust).Where(diagnostic => !diagnostics.Contains(diagnostic)));
            files = context.Diagnostics.Any(diagnostic => diagnostic.IsError) ? [] : emitted;
        }

        return new CompilationResult(check, [.. diagnostics], files, sources.ToImmutableDictionary());
    }

    private Diagnostic Adjust(Diagnostic diagnostic) =>
        options.WarningsAsErrors && diagnostic.Severity == DiagnosticSeverity.Warning
            ? diagnostic.WithSeverity(DiagnosticSeverity.Error)
            : diagnostic;
}
