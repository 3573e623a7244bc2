namespace Mibc.Language.Model;

/// <summary>The mode of the box's MTA-STS policy (RFC 8461).</summary>
public enum MtaStsMode
{
    /// <summary>Senders report TLS failures but still deliver.</summary>
    Testing,

    /// <summary>Senders that honour MTA-STS deliver only over TLS with a valid certificate for the MX host.</summary>
    Enforce,

    /// <summary>The published policy withdraws MTA-STS, so senders forget a cached policy.</summary>
    None,
}
