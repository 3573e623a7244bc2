namespace Mibc.Language.Tls;

/// <summary>How much a listener depends on its TLS: whether weak TLS there is an error or the lesser evil.</summary>
public enum ListenerStrictness
{
    /// <summary>
    /// Credentials or private pages cross the listener, and clients refuse to go on without TLS: submission,
    /// IMAP, POP3 and HTTPS. Weak TLS there is an error.
    /// </summary>
    Mandatory,

    /// <summary>
    /// Server-to-server SMTP (port 25 and outbound delivery), where a peer that finds no common protocol
    /// or cipher sends the mail in plaintext (RFC 3207, RFC 7435), so weak TLS still beats none.
    /// </summary>
    Opportunistic,
}
