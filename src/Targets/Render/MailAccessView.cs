namespace Mibc.Targets.Render;

/// <summary>How clients reach mail: the listeners beside port 25 and when they accept logins.</summary>
/// <param name="SubmissionPort">The STARTTLS submission port (RFC 6409).</param>
/// <param name="SubmissionsPort">The implicit-TLS submission port (RFC 8314).</param>
/// <param name="SubmissionAuthBeforeTls">Whether the STARTTLS submission port offers AUTH before STARTTLS.</param>
/// <param name="Imap">The IMAP listeners.</param>
/// <param name="Pop">The POP3 listeners.</param>
public sealed record MailAccessView(int SubmissionPort, int SubmissionsPort, bool SubmissionAuthBeforeTls, ProtocolAccessView Imap, ProtocolAccessView Pop);
