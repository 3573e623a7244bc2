namespace Mibc.Language.Model;

/// <summary>What a DMARC record asks receivers to do with mail that fails alignment.</summary>
public enum DmarcPolicy
{
    /// <summary>Only report.</summary>
    None,

    /// <summary>Treat failing mail as suspicious, usually the spam folder.</summary>
    Quarantine,

    /// <summary>Refuse failing mail.</summary>
    Reject,
}
