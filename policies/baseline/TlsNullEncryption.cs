using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2205", "tls-null-encryption",
    Level = RuleLevel.Error,
    Category = "tls",
    Summary = "No listener enables cipher suites without encryption (eNULL).",
    Help = """
        eNULL suites (NULL-SHA256, ECDHE-RSA-NULL-SHA and the like) authenticate the records but send them
        unencrypted, so a TLS connection that negotiates one is as readable as plaintext while the client
        reports it as secure. OpenSSL's eNULL, NULL and COMPLEMENTOFALL aliases select them.

        Findings are errors on the listeners where credentials cross and warnings on smtp (port 25) and
        outbound_smtp.

        Fix: add :!eNULL to the cipher string, or set ciphers = mozilla_intermediate.
        """)]
public sealed class TlsNullEncryption : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var tls = EffectiveTls.For(context.Box);
        foreach (var finding in tls.FindSuites((listener, suite) => suite.Encryption == Encryption.Null))
        {
            context.Report(finding.Location,
                $"{finding.Setting} lets in the unencrypted suites {finding.SuiteNames} on {finding.ListenerNames}, which send every byte in plaintext: add :!eNULL to the cipher string, or set ciphers = mozilla_intermediate",
                finding.MaximumLevel);
        }
    }
}
