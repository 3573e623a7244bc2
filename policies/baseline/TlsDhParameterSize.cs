using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2209", "tls-dh-parameter-size",
    Level = RuleLevel.Error,
    Category = "tls",
    Summary = "DHE cipher suites use Diffie-Hellman parameters of at least 2048 bits.",
    Help = """
        The Logjam paper (2015) estimated that a nation-state can precompute the discrete logarithms of a
        common 1024-bit DH group and then read DHE connections that use it; 512-bit groups fall to an
        academic team. NIST SP 800-57 rates 2048 bits at 112 bits of security. Mozilla's old profile still
        sets 1024 bits for very old clients. The rule checks only listeners that enable a DHE suite, since
        the others never use the parameters.

        Findings are errors on the listeners where credentials cross and warnings on smtp (port 25) and
        outbound_smtp.

        Fix: set dh_bits = 2048 (or 3072, 4096), in policy { tls { ... } } or in the listener block.
        """)]
public sealed class TlsDhParameterSize : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var tls = EffectiveTls.For(context.Box);
        foreach (var finding in tls.FindDhParameters((listener, bits) => bits < 2048))
        {
            context.Report(finding.Location,
                $"{finding.Setting} gives {finding.ListenerNames} {finding.Bits}-bit DH parameters for the DHE suites {finding.SuiteNames}, which Logjam showed can be broken: set dh_bits = 2048",
                finding.MaximumLevel);
        }
    }
}
