using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2207", "tls-des-ciphers",
    Level = RuleLevel.Error,
    Category = "tls",
    Summary = "No listener enables single-DES cipher suites.",
    Help = """
        Single DES has a 56-bit key: the DES Challenge III key was found by brute force in 22 hours in 1999.
        RFC 5469 removed DES suites from TLS. OpenSSL 1.0.1 still has them (DES-CBC-SHA, EDH-RSA-DES-CBC-SHA
        and the export variants); OpenSSL 3.0's default provider has no DES, so the rule fires only when a
        box is checked against an older OpenSSL. Triple DES is not single DES; tls-cipher-strength covers it.

        Findings are errors on the listeners where credentials cross and warnings on smtp (port 25) and
        outbound_smtp.

        Fix: add :!DES to the cipher string, or set ciphers = mozilla_intermediate.
        """)]
public sealed class TlsDesCiphers : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var tls = EffectiveTls.For(context.Box);
        foreach (var finding in tls.FindSuites((listener, suite) => suite.Encryption == Encryption.Des))
        {
            context.Report(finding.Location,
                $"{finding.Setting} lets in the single-DES suites {finding.SuiteNames} on {finding.ListenerNames}, whose 56-bit key can be found by brute force: add :!DES to the cipher string, or set ciphers = mozilla_intermediate",
                finding.MaximumLevel);
        }
    }
}
