using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2202", "tls-deprecated-protocol",
    Level = RuleLevel.Warning,
    Category = "tls",
    Summary = "Warns when a listener that carries credentials enables TLS 1.0 or TLS 1.1.",
    Help = """
        RFC 8996 deprecates TLS 1.0 and TLS 1.1: they sign the handshake with MD5 and SHA-1 and offer no
        AEAD cipher. Every mail client and browser released since 2018 speaks TLS 1.2.

        The rule checks the listeners where credentials cross (submission, submissions, imap, imaps, pop3,
        pop3s, https). It is silent on smtp (port 25) and outbound_smtp: old mail servers still offer only
        TLS 1.0, and refusing it there makes them send the mail in plaintext.

        Fix: set protocols = [tls1_2, tls1_3]. To keep TLS 1.0 for old mail servers only, set it in
        listener "smtp" { tls { ... } }.
        """)]
public sealed class TlsDeprecatedProtocol : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var tls = EffectiveTls.For(context.Box);
        var findings = tls.FindProtocols((listener, protocol) =>
            listener.Strictness == ListenerStrictness.Mandatory && protocol is TlsProtocol.TLSv1 or TlsProtocol.TLSv1_1);
        foreach (var finding in findings)
        {
            context.Report(finding.Location,
                $"{finding.Setting} enables {finding.ProtocolNames} on {finding.ListenerNames}, which RFC 8996 deprecates: set protocols = [tls1_2, tls1_3], and enable older versions in listener \"smtp\" only if old mail servers need them");
        }
    }
}
