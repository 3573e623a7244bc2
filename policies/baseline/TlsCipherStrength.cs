using System.Linq;
using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2208", "tls-cipher-strength",
    Level = RuleLevel.Error,
    Category = "tls",
    Summary = "Every enabled cipher suite gives at least 112 bits of security, and 128 bits on submission.",
    Help = """
        NIST SP 800-57 Part 1 asks for at least 112 bits of security. A suite's strength is OpenSSL's
        strength_bits: 56 for DES, 40 or 56 for export suites, 112 for triple DES, 128 or more for AES, ChaCha20
        and Camellia. On submission (587) and submissions (465) clients send both passwords and outgoing
        mail, and the baseline asks for 128 bits, which leaves out triple DES and its 64-bit block
        (Sweet32). Suites without encryption are left to tls-null-encryption.

        Findings are errors on the listeners where credentials cross and warnings on smtp (port 25) and
        outbound_smtp.

        Fix: exclude the suites in the cipher string (:!LOW:!EXPORT:!3DES covers them on OpenSSL 1.0.1),
        or set ciphers = mozilla_intermediate.
        """)]
public sealed class TlsCipherStrength : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var tls = EffectiveTls.For(context.Box);
        foreach (var finding in tls.FindSuites(IsTooWeak))
        {
            var minimum = finding.Suites.Any(suite => suite.StrengthBits >= 112) ? 128 : 112;
            context.Report(finding.Location,
                $"{finding.Setting} lets in {finding.SuiteNames} on {finding.ListenerNames}, with fewer than {minimum} bits of security: exclude them in the cipher string (such as :!LOW:!EXPORT:!3DES), or set ciphers = mozilla_intermediate",
                finding.MaximumLevel);
        }
    }

    private static bool IsTooWeak(ListenerTls listener, CipherSuite suite)
    {
        var weakness = CipherWeaknesses.Of(suite);
        var submission = listener.Listener is Listener.Submission or Listener.Submissions;
        return (weakness & CipherWeakness.Below112Bits) != 0
            || (submission && (weakness & CipherWeakness.Below128Bits) != 0);
    }
}
