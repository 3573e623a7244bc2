namespace Mibc.Compiler.Policies.Api;

/// <summary>Thrown into a policy when its rule has spent its step, time, memory or stack budget.</summary>
/// <param name="reason">The budget that ran out, such as "2 s".</param>
internal sealed class PolicyBudgetExceededException(string reason)
    : Exception($"The policy rule ran past its budget: {reason}.")
{
    /// <summary>The budget that ran out.</summary>
    public string Reason { get; } = reason;
}
