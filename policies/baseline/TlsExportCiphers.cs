using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2203", "tls-export-ciphers",
    Level = RuleLevel.Error,
    Category = "tls",
    Summary = "No listener enables export-grade cipher suites.",
    Help = """
        Export-grade suites use 40-bit or 56-bit keys and 512-bit RSA or DH key exchange, which the FREAK
        and Logjam attacks (2015) break during a connection. OpenSSL 1.0.1 still has them (the EXPORT and
        EXP aliases); OpenSSL 3.0, which every target runs, has removed them, so the rule fires only when a
        box is checked against an older OpenSSL.

        Findings are errors on the listeners where credentials cross and warnings on smtp (port 25) and
        outbound_smtp, where the alternative is plaintext.

        Fix: add :!EXPORT to the cipher string, or set ciphers = mozilla_intermediate.
        """)]
public sealed class TlsExportCiphers : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var tls = EffectiveTls.For(context.Box);
        foreach (var finding in tls.FindSuites((listener, suite) => suite.IsExport))
        {
            context.Report(finding.Location,
                $"{finding.Setting} lets in the export-grade suites {finding.SuiteNames} on {finding.ListenerNames}, which FREAK and Logjam break: add :!EXPORT to the cipher string, or set ciphers = mozilla_intermediate",
                finding.MaximumLevel);
        }
    }
}
