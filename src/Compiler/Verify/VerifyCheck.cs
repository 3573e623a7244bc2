namespace Mibc.Compiler.Verify;

/// <summary>One planned check: its id and title, and the probe that runs it.</summary>
/// <param name="Id">A stable id for scripts.</param>
/// <param name="Title">What the check proves.</param>
/// <param name="Endpoint">Where it connects.</param>
/// <param name="Run">The probe; it returns the status and the detail.</param>
public sealed record VerifyCheck(
    string Id,
    string Title,
    VerifyEndpoint Endpoint,
    Func<VerifyEndpoint, CancellationToken, Task<(VerifyStatus Status, string Detail)>> Run);
