using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Mibc.Policies.Baseline;

[PolicyRule("MIB2103", "pop-login-over-tls",
    Level = RuleLevel.Error,
    Category = "credentials",
    Summary = "POP3 accepts logins only over TLS.",
    Help = """
        With pop = plaintext_allowed, Dovecot accepts a login on port 110 before STLS, so the password
        crosses the network in the clear. tls_only serves POP3 on port 995 alone; starttls_required keeps
        port 110 open but refuses a login until STLS.

        Fix: set pop = tls_only (or starttls_required, or off) in the policy block.
        """)]
public sealed class PopLoginOverTls : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var pop = context.Box.Policy.Pop;
        if (pop.Value == MailboxAccessMode.PlaintextAllowed)
        {
            context.Report(pop,
                "pop = plaintext_allowed lets POP3 clients log in without TLS, so passwords can cross in plaintext: set pop = tls_only");
        }
    }
}
