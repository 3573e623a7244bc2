namespace Mibc.Compiler.Verify;

/// <summary>The outcome of one verification check.</summary>
public enum VerifyStatus
{
    /// <summary>The box behaves as box.mib describes.</summary>
    Pass,

    /// <summary>The check could not run here, for a reason the detail gives; it neither passes nor fails.</summary>
    Skip,

    /// <summary>Worth the admin's attention, but not a breach of the policy.</summary>
    Warn,

    /// <summary>The box does not behave as box.mib describes, or did not respond.</summary>
    Fail,
}
