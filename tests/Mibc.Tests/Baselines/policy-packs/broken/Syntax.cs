using Mibc.Compiler.Policies.Api;

namespace Broken.Policies;

[PolicyRule("BRK1001", "syntax-error", Category = "test", Summary = "Does not compile.", Help = "A missing expression.")]
public sealed class SyntaxError : PolicyRule
{
    public override void Check(PolicyContext context)
    {
        var count = ;
    }
}
