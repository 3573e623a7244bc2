using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Mibc.Compiler.Policies;

namespace Mibc.Compiler.Policies.Api;

/// <summary>
/// The step, time, memory and stack budget of the rule running on the current thread. mibc inserts a call to
/// <see cref="Check"/> at the start of every method, accessor, lambda and loop body of a policy when it compiles it.
/// </summary>
/// <remarks>
/// NOTE: once a budget is spent it stays spent, so every later check throws again. A policy that catches the
/// exception inside a loop is stopped by the check at the start of the loop's next iteration, which sits
/// outside any try block of the body.
/// </remarks>
public static class PolicyBudget
{
    [ThreadStatic]
    private static BudgetState? current;

    /// <summary>Counts one step and throws when the running rule has spent its budget. Inserted by mibc; policies need not call it.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Check()
    {
        // NOTE: policy code that runs on a thread without a budget (none can, as the sandbox forbids threads
        // and finalizers) is left alone, because throwing there would end the process.
        var state = current;
        if (state is null)
        {
            return;
        }

        state.Step();
    }

    /// <summary>Checks the budget, then evaluates a field or property initializer. Inserted by mibc; policies need not call it.</summary>
    /// <typeparam name="T">The field's or property's type.</typeparam>
    /// <param name="value">The initializer.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static T Initialize<T>(Func<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Check();
        return value();
    }

    /// <summary>Starts a budget on the current thread; disposing the scope ends it.</summary>
    internal static BudgetScope Enter(PolicyLimits limits)
    {
        var state = new BudgetState(limits);
        current = state;
        return new BudgetScope(state);
    }

    /// <summary>The budget of one rule run, and why it ended if it did.</summary>
    internal sealed class BudgetState(PolicyLimits limits)
    {
        private readonly long deadline = Stopwatch.GetTimestamp() + (long)(limits.Time.TotalSeconds * Stopwatch.Frequency);
        private readonly long allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        private long steps;

        /// <summary>Why the budget ended, such as "recursing deeper than the stack allows"; null while it lasts.</summary>
        public string? ExceededBy { get; private set; }

        public void Step()
        {
            if (ExceededBy is not null)
            {
                throw new PolicyBudgetExceededException(ExceededBy);
            }

            // NOTE: the step and time budgets share one reason, so the message does not depend on which of
            // them a machine reaches first.
            steps++;
            if (steps > limits.MaxSteps)
            {
                Exceed(limits.Describe());
            }

            // Reading the clock and the allocation counter costs more than a step, so only every 1024th step does.
            if ((steps & 1023) == 0)
            {
                if (Stopwatch.GetTimestamp() > deadline)
                {
                    Exceed(limits.Describe());
                }

                if (GC.GetAllocatedBytesForCurrentThread() - allocatedAtStart > limits.MaxAllocatedBytes)
                {
                    Exceed($"allocating more than {limits.MaxAllocatedBytes / (1024 * 1024)} MB");
                }
            }

            try
            {
                RuntimeHelpers.EnsureSufficientExecutionStack();
            }
            catch (InsufficientExecutionStackException)
            {
                Exceed("recursing deeper than the stack allows");
            }
        }

        private void Exceed(string reason)
        {
            ExceededBy = reason;
            throw new PolicyBudgetExceededException(reason);
        }
    }

    /// <summary>Ends the current thread's budget when disposed.</summary>
    internal sealed class BudgetScope(BudgetState state) : IDisposable
    {
        /// <summary>Why the budget ended, or null if the rule stayed within it.</summary>
        public string? ExceededBy => state.ExceededBy;

        public void Dispose() => current = null;
    }
}
