using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Org.Policies;

[PolicyRule("ORG1002", "dmarc-reject",
    Level = RuleLevel.Error,
    Category = "dns",
    Summary = "Every domain publishes DMARC with p=reject for all of its mail.",
    Help = """
        Our domains send mail only through this box, which signs it with DKIM, so receivers can reject
        everything else that claims to come from them. p=quarantine or p=none lets forged mail through
        to the spam folder or the inbox, and pct below 100 applies the policy to only part of it.

        Fix: set dmarc { policy = reject  pct = 100 } on the domain.
        """)]
public sealed class DmarcReject : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        foreach (var domain in context.Box.Domains)
        {
            var dmarc = domain.Dmarc;
            if (dmarc.Policy.Value != DmarcPolicy.Reject)
            {
                context.Report(dmarc.Policy, $"{domain.Name.Value.Unicode} publishes p={dmarc.Policy.Value.ToString().ToLowerInvariant()}: set policy = reject");
            }
            else if (dmarc.Percent.Value < 100)
            {
                context.Report(dmarc.Percent, $"{domain.Name.Value.Unicode} applies p=reject to {dmarc.Percent.Value}% of failing mail only: set pct = 100");
            }
        }
    }
}
