using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Failing.Policies;

[PolicyRule("FAIL1002", "endless-loop", Level = RuleLevel.Error, Category = "test", Summary = "Never finishes.", Help = "Waits for a condition that never comes.")]
public sealed class EndlessLoop : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var found = false;
        while (!found)
        {
            found = context.Box.Users.Length > 1000;
        }
    }
}
