namespace Mibc.Targets.Render;

/// <summary>The listeners of IMAP or POP3.</summary>
/// <param name="Enabled">Whether the protocol is served at all.</param>
/// <param name="TlsPort">The implicit-TLS port: 993 or 995.</param>
/// <param name="PlaintextPort">The STARTTLS port, 143 or 110, or 0 when it does not listen (Dovecot's way to switch a listener off).</param>
/// <param name="LoginWithoutTls">Whether logins are accepted before STARTTLS.</param>
public sealed record ProtocolAccessView(bool Enabled, int TlsPort, int PlaintextPort, bool LoginWithoutTls);
