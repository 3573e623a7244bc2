namespace Mibc.Language.Model;

/// <summary>A mailbox and the login that owns it.</summary>
/// <param name="Address">The address, which is also the login name.</param>
/// <param name="Password">The password hash.</param>
/// <param name="Quota">The mailbox size limit, or null for none.</param>
/// <param name="Role">What the user may do.</param>
public sealed record MailUser(
    Located<EmailAddress> Address,
    Located<PasswordHash> Password,
    Located<ByteSize>? Quota,
    Located<UserRole> Role);
