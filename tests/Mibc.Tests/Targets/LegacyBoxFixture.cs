using Mibc.Compiler.Pipeline;
using Mibc.Tests.Support;

namespace Mibc.Tests.DaemonTargets;

/// <summary>
/// The legacy-clients test box running with Postfix, Dovecot and nginx: every setting that security rules
/// flag, so that the configs of those settings are tested too.
/// </summary>
public sealed class LegacyBoxFixture : IDisposable
{
    /// <summary>The box's one user.</summary>
    public const string User = "admin@legacy.example";

    /// <summary>The user's password, as the box's comment gives it.</summary>
    public const string Password = "Dollar$Hash#Quote\"Comma,";

    /// <summary>Builds the box with the target checks alone, because security rules reject it, and starts it.</summary>
    public LegacyBoxFixture()
    {
        var compiler = new BoxCompiler(new CompilationOptions(), [new TargetValueAnalyzer()]);
        var path = Path.Combine(RepositoryPaths.Root, "tests", "Mibc.Tests", "Targets", "Boxes", "legacy-clients.mib");
        Box = LiveBox.Start(SampleBundle.BuildFile(path, compiler));
    }

    /// <summary>The running box.</summary>
    public LiveBox Box { get; }

    /// <inheritdoc />
    public void Dispose() => Box.Dispose();
}
