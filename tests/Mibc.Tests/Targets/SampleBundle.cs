using Mibc.Compiler.Pipeline;
using Mibc.Language.Model;
using Mibc.Tests.Support;

namespace Mibc.Tests.DaemonTargets;

/// <summary>A sample box.mib built into a bundle in a temporary directory, deleted on dispose.</summary>
public sealed class SampleBundle : IDisposable
{
    private readonly TempDirectory directory;

    private SampleBundle(string sample, CompilationResult result, TempDirectory directory)
    {
        Sample = sample;
        Result = result;
        this.directory = directory;
    }

    /// <summary>The file name under samples/.</summary>
    public string Sample { get; }

    /// <summary>The compilation result.</summary>
    public CompilationResult Result { get; }

    /// <summary>The checked model.</summary>
    public BoxModel Model => Result.Check.Model!;

    /// <summary>The bundle directory.</summary>
    public string Directory => directory.Combine("bundle");

    /// <summary>The box host name.</summary>
    public string HostName => Model.Host.Name.Value.Ascii;

    /// <summary>
    /// Every sample under samples/ whose reviewed baseline shows no error; each must build and pass every
    /// check the test machine's daemons can make. Samples with errors, such as hostile.mib, show rejections.
    /// </summary>
    public static TheoryData<string> Buildable() =>
    [
        .. System.IO.Directory.EnumerateFiles(RepositoryPaths.Samples, "*.mib")
            .Where(path => !File.ReadAllText(Path.ChangeExtension(path, ".diagnostics.txt")).Contains("): error ", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Builds a sample with the compiler the mibc tool uses, failing the test on any error.</summary>
    public static SampleBundle Build(string sample) => BuildFile(Path.Combine(RepositoryPaths.Samples, sample));

    /// <summary>
    /// Builds a copy of any box.mib file, with the tool's compiler unless <paramref name="compiler"/> is given.
    /// </summary>
    /// <remarks>
    /// The copy sits in the temporary directory, so the DKIM and DNSSEC keys a first build makes in the key
    /// store beside box.mib land there and never in the repository.
    /// </remarks>
    public static SampleBundle BuildFile(string path, BoxCompiler? compiler = null)
    {
        var directory = new TempDirectory();
        var copy = directory.Combine("source", Path.GetFileName(path));
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(path, copy);
        var result = (compiler ?? Compilers.Create()).Build(copy, directory.Combine("bundle"));
        if (result.HasErrors)
        {
            directory.Dispose();
            Assert.Fail($"{path} does not build:\n{Compilers.Render(result)}");
        }

        return new SampleBundle(Path.GetFileName(path), result, directory);
    }

    /// <inheritdoc />
    public void Dispose() => directory.Dispose();
}
