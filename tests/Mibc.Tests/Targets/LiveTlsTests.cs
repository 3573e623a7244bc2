using Mibc.Compiler.Pipeline;
using Mibc.Language.Tls;
using Mibc.Tests.Support;

namespace Mibc.Tests.DaemonTargets;

/// <summary>
/// Each sample's Postfix, Dovecot and nginx, started from its bundle, negotiate exactly the protocol versions
/// its policy sets on every listener and refuse the others, as a client sees them.
/// </summary>
public sealed class LiveTlsTests
{
    public static TheoryData<string> Samples() => SampleBundle.Buildable();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Listeners_NegotiateOnlyPolicyProtocols(string sample)
    {
        using var box = LiveBox.Start(sample);

        Assert.Empty(Mismatches(box));
    }

    // NOTE: security rules reject this profile, so the box is built with the target analyzer alone.
    [Fact]
    public void LegacyProfile_NegotiatesTls10OnMandatoryListeners()
    {
        var compiler = new BoxCompiler(new CompilationOptions(), [new TargetValueAnalyzer()]);
        var path = Path.Combine(RepositoryPaths.Root, "tests", "Mibc.Tests", "Targets", "Boxes", "legacy-clients.mib");
        using var box = LiveBox.Start(SampleBundle.BuildFile(path, compiler));

        Assert.Empty(Mismatches(box));
    }

    private static List<string> Mismatches(LiveBox box)
    {
        var listeners = Listener.For(box.Bundle.Model);

        var outcomes = TlsProbe.Run(box.Sandbox, box.Bundle.HostName, listeners);

        var mismatches = new List<string>();
        foreach (var listener in listeners)
        {
            foreach (var version in Listener.Probed)
            {
                var outcome = outcomes[(listener.Name, version)];
                var expected = listener.Accepted.Contains(version);
                if (outcome.Negotiated(version) != expected)
                {
                    mismatches.Add($"{listener.Name} ({listener.Port}) {(expected ? "refused" : "accepted")} {version.ToOpenSslName()}: protocol {outcome.Protocol}, cipher {outcome.Cipher}");
                }
            }
        }

        return mismatches;
    }
}
