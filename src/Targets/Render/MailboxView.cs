namespace Mibc.Targets.Render;

/// <summary>A mail user as Dovecot's passwd-file and Postfix's mailbox table list it.</summary>
/// <param name="Address">The address, which is also the login name.</param>
/// <param name="PasswordHash">The hash in Dovecot's <c>{SCHEME}value</c> form.</param>
/// <param name="QuotaRule">The Dovecot quota rule, such as <c>*:storage=5G</c>; null for no limit.</param>
public sealed record MailboxView(string Address, string PasswordHash, string? QuotaRule);
