using Mibc.Compiler.Pipeline;
using Mibc.Language.Model;
using Mibc.Language.Semantics;
using Mibc.Language.Text;
using Mibc.Targets.Bundles;
using Mibc.Targets.Deploy;
using Mibc.Targets.Emit;
using Mibc.Tests.Support;

namespace Mibc.Tests.Deploy;

/// <summary>Writes bundles as mibc build does, from the sample box (or a variant of its text) and fixture files.</summary>
internal static class FixtureBundles
{
    public static string SamplePath => Path.Combine(RepositoryPaths.Samples, "box.mib");

    public static string SampleText => File.ReadAllText(SamplePath);

    public static BoxModel Model(string? boxText = null)
    {
        var check = BoxChecker.Check(new SourceText("box.mib", boxText ?? SampleText));
        Assert.False(check.HasErrors, string.Join("\n", check.Diagnostics.Select(d => d.Message)));
        return check.Model!;
    }

    /// <summary>Returns the sample's text with another box name.</summary>
    public static string RenamedSample(string hostName) =>
        SampleText.Replace("box \"mail.example.org\"", $"box \"{hostName}\"", StringComparison.Ordinal);

    public static string Write(string directory, IReadOnlyList<BundleFile> files, BoxModel? model = null)
    {
        model ??= Model();
        var manifest = BoxCompiler.CreateManifest(model, files);
        var script = ApplyScriptGenerator.Generate(model, manifest);
        BundleWriter.Write(directory, manifest, files, new Dictionary<string, byte[]> { [ApplyScriptGenerator.FileName] = script });
        return directory;
    }

    /// <summary>Runs a bundle's apply.sh with bash, as mibc apply does on the host.</summary>
    public static ProcessResult RunApply(string bundle, params string[] arguments) =>
        ProcessRunner.Run("bash", [Path.Combine(bundle, ApplyScriptGenerator.FileName), .. arguments], TimeSpan.FromSeconds(120));
}
