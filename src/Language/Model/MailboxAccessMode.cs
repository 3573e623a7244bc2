namespace Mibc.Language.Model;

/// <summary>How IMAP or POP3 accept logins.</summary>
public enum MailboxAccessMode
{
    /// <summary>Only the implicit-TLS port (993 or 995) listens.</summary>
    TlsOnly,

    /// <summary>The plaintext port also listens, but login works only after STARTTLS.</summary>
    StarttlsRequired,

    /// <summary>Login works on the plaintext port without TLS.</summary>
    PlaintextAllowed,

    /// <summary>The protocol is not served.</summary>
    Off,
}
