using Mibc.Language.Tls;

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

    /// <summary>Returns each listener and version whose handshake result differs from the policy's, as a message.</summary>
    public static List<string> Mismatches(LiveBox box)
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
