using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2206", "tls-rc4-ciphers",
    Level = RuleLevel.Error,
    Category = "tls",
    Summary = "No listener enables RC4 cipher suites.",
    Help = """
        RFC 7465 prohibits RC4 in TLS: its keystream biases let an attacker recover repeated plaintext,
        such as a password sent on every login. OpenSSL 1.0.1 includes RC4 in MEDIUM and DEFAULT; OpenSSL
        3.0 as the targets build it has no RC4, so the rule fires only when a box is checked against an
        older OpenSSL.

        Findings are errors on the listeners where credentials cross and warnings on smtp (port 25) and
        outbound_smtp.

        Fix: add :!RC4 to the cipher string, or set ciphers = mozilla_intermediate.
        """)]
public sealed class TlsRc4Ciphers : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var tls = EffectiveTls.For(context.Box);
        foreach (var finding in tls.FindSuites((listener, suite) => suite.Encryption == Encryption.Rc4))
        {
            context.Report(finding.Location,
                $"{finding.Setting} lets in the RC4 suites {finding.SuiteNames} on {finding.ListenerNames}, which RFC 7465 prohibits: add :!RC4 to the cipher string, or set ciphers = mozilla_intermediate",
                finding.MaximumLevel);
        }
    }
}
