using System.Globalization;

namespace Mibc.Compiler.Policies;

/// <summary>The budget each rule run gets.</summary>
/// <param name="Time">Wall-clock time for one rule.</param>
/// <param name="MaxSteps">Method entries and loop iterations for one rule.</param>
/// <param name="MaxAllocatedBytes">Bytes one rule may allocate on its thread.</param>
public sealed record PolicyLimits(TimeSpan Time, long MaxSteps, long MaxAllocatedBytes)
{
    /// <summary>
    /// Limits that no sane rule over a box.mib file comes near: a rule over a thousand users does a few
    /// thousand steps in well under a millisecond.
    /// </summary>
    public static PolicyLimits Default { get; } = new(TimeSpan.FromSeconds(2), 50_000_000, 512L * 1024 * 1024);

    /// <summary>Describes the step and time budget, as timeout messages name it.</summary>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"running past its budget of {MaxSteps:N0} steps or {Time.TotalSeconds:0.###} s");
}
