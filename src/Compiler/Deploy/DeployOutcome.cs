namespace Mibc.Compiler.Deploy;

/// <summary>How deploying one box ended.</summary>
/// <param name="Box">The box's host name.</param>
/// <param name="Succeeded">Whether apply.sh ran and exited 0.</param>
/// <param name="Summary">One line for the final report, such as the failing step.</param>
public sealed record DeployOutcome(string Box, bool Succeeded, string Summary);
