using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Org.Policies;

[PolicyRule("ORG1001", "quota-ceiling",
    Level = RuleLevel.Error,
    Category = "capacity",
    Summary = "Every mailbox has a quota of at most 10GB.",
    Help = """
        The mail host's disk is sized for 10GB per mailbox. A mailbox without a quota, or with a larger
        one, can fill the disk and stop mail delivery for every user.

        Fix: set quota = 10GB (or less) on the user.
        """)]
public sealed class QuotaCeiling : PolicyRule
{
    private static readonly ByteSize Ceiling = new(10L * 1024 * 1024 * 1024);

    public override void Check(PolicyContext context)
    {
        foreach (var user in context.Box.Users)
        {
            if (user.Quota is null)
            {
                context.Report(user.Address, $"{user.Address.Value.Unicode} has no quota: set quota = {Ceiling} or less");
            }
            else if (user.Quota.Value.Bytes > Ceiling.Bytes)
            {
                context.Report(user.Quota, $"the quota of {user.Address.Value.Unicode} is {user.Quota.Value}, above the ceiling of {Ceiling}: lower it");
            }
        }
    }
}
