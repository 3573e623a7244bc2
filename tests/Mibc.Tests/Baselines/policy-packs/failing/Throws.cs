using System;
using System.Linq;
using Mibc.Compiler.Policies.Api;
using Mibc.Language.Model;

namespace Failing.Policies;

[PolicyRule("FAIL1001", "first-alias", Level = RuleLevel.Error, Category = "test", Summary = "Reads the first alias.", Help = "Fails on a box without aliases.")]
public sealed class FirstAlias : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var alias = context.Box.Aliases.First();
        context.Report(alias.Address, "never reached");
    }
}
