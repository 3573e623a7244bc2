namespace Mibc.Language.Model;

/// <summary>
/// A place where the box speaks TLS: a listening port, or the SMTP client that delivers outgoing mail.
/// </summary>
/// <remarks>box.mib names them in <c>listener "NAME" { ... }</c> blocks by their IANA service names.</remarks>
public enum Listener
{
    /// <summary>SMTP from other mail servers on port 25, with opportunistic STARTTLS.</summary>
    Smtp,

    /// <summary>Mail submission on port 587, with STARTTLS before AUTH.</summary>
    Submission,

    /// <summary>Mail submission over implicit TLS on port 465 (RFC 8314).</summary>
    Submissions,

    /// <summary>IMAP on port 143 with STARTTLS; served only when imap is starttls_required or plaintext_allowed.</summary>
    Imap,

    /// <summary>IMAP over implicit TLS on port 993.</summary>
    Imaps,

    /// <summary>POP3 on port 110 with STLS; served only when pop is starttls_required or plaintext_allowed.</summary>
    Pop3,

    /// <summary>POP3 over implicit TLS on port 995.</summary>
    Pop3s,

    /// <summary>HTTPS on port 443: the admin web interface, web roots and autoconfiguration.</summary>
    Https,

    /// <summary>The SMTP client that delivers mail to other servers, with opportunistic STARTTLS.</summary>
    OutboundSmtp,
}
