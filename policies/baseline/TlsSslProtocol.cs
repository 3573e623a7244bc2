using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;
using Mibc.Language.Tls;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2201", "tls-ssl-protocol",
    Level = RuleLevel.Error,
    Category = "tls",
    Summary = "No listener enables SSL 2.0 or SSL 3.0.",
    Help = """
        SSL 2.0 and SSL 3.0 are broken: RFC 6176 prohibits SSL 2.0, and RFC 7568 prohibits SSL 3.0 after
        the POODLE attack, which reads encrypted bytes by replaying CBC records. No client that mibc's
        targets must serve needs either of them.

        Findings are errors on the listeners where credentials cross (submission, submissions, imap, imaps,
        pop3, pop3s, https). On smtp (port 25) and outbound_smtp they are warnings, because a mail server
        that finds no common protocol there sends the mail in plaintext instead.

        Fix: set protocols = [tls1_2, tls1_3], in policy { tls { ... } } or in the listener block that
        enables SSL.
        """)]
public sealed class TlsSslProtocol : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var tls = EffectiveTls.For(context.Box);
        foreach (var finding in tls.FindProtocols((listener, protocol) => protocol <= TlsProtocol.SSLv3))
        {
            context.Report(finding.Location,
                $"{finding.Setting} enables {finding.ProtocolNames} on {finding.ListenerNames}, and RFC 6176 and RFC 7568 prohibit SSL as broken: set protocols = [tls1_2, tls1_3]",
                finding.MaximumLevel);
        }
    }
}
