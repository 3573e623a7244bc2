using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2204", "tls-anonymous-ciphers",
    Level = RuleLevel.Error,
    Category = "tls",
    Summary = "No listener that carries credentials enables anonymous (aNULL) cipher suites.",
    Help = """
        Anonymous suites (OpenSSL's aNULL: ADH-*, AECDH-*) send no certificate, so the client cannot tell
        the server from an attacker in the middle, who then reads every password. OpenSSL's ALL, HIGH and
        MEDIUM aliases include them unless the string adds !aNULL.

        The rule checks the listeners where credentials cross (submission, submissions, imap, imaps, pop3,
        pop3s, https). It is silent on smtp (port 25) and outbound_smtp: opportunistic SMTP does not check
        the peer's certificate anyway (RFC 7435), so an anonymous suite there loses nothing that a
        certificate would have protected, and Postfix itself offers them on port 25 by default.

        Fix: add :!aNULL to the cipher string, or set ciphers = mozilla_intermediate.
        """)]
public sealed class TlsAnonymousCiphers : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var tls = EffectiveTls.For(context.Box);
        var findings = tls.FindSuites((listener, suite) => listener.Strictness == ListenerStrictness.Mandatory && suite.IsAnonymous);
        foreach (var finding in findings)
        {
            context.Report(finding.Location,
                $"{finding.Setting} lets in the anonymous suites {finding.SuiteNames} on {finding.ListenerNames}, which authenticate no server, so an attacker in the middle reads the passwords: add :!aNULL to the cipher string, or set ciphers = mozilla_intermediate");
        }
    }
}
