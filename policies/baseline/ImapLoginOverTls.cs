using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2102", "imap-login-over-tls",
    Level = RuleLevel.Error,
    Category = "credentials",
    Summary = "IMAP accepts logins only over TLS.",
    Help = """
        With imap = plaintext_allowed, Dovecot accepts a login on port 143 before STARTTLS, so the password
        crosses the network in the clear. tls_only serves IMAP on port 993 alone; starttls_required keeps
        port 143 open but refuses a login until STARTTLS (Dovecot's disable_plaintext_auth).

        Fix: set imap = tls_only (or starttls_required, or off) in the policy block.
        """)]
public sealed class ImapLoginOverTls : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var imap = context.Box.Policy.Imap;
        if (imap.Value == MailboxAccessMode.PlaintextAllowed)
        {
            context.Report(imap,
                "imap = plaintext_allowed lets IMAP clients log in without TLS, so passwords can cross in plaintext: set imap = tls_only");
        }
    }
}
