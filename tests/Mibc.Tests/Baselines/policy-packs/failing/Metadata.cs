using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Failing.Policies;

public sealed class NoAttribute : PolicyRule
{
    public override void Check(PolicyContext context)
    {
    }
}

[PolicyRule("FAIL1002", "same-id", Level = RuleLevel.Error, Category = "test", Summary = "Reuses an id.", Help = "Another rule of the pack has this id.")]
public sealed class SameId : PolicyRule
{
    public override void Check(PolicyContext context)
    {
    }
}
