using Mibc.Compiler.Policies.Api;

namespace Broken.Policies;

[PolicyRule("BRK1003", "finalizer", Category = "test", Summary = "Declares a finalizer.", Help = "Policies may not declare finalizers.")]
public sealed class WithFinalizer : PolicyRule
{
    ~WithFinalizer()
    {
    }

    public override void Check(PolicyContext context)
    {
    }
}
