namespace Mibc.Language.Model;

/// <summary>What a mail user may do beyond reading mail.</summary>
public enum UserRole
{
    /// <summary>A mailbox owner.</summary>
    User,

    /// <summary>A mailbox owner who may also use the admin web interface.</summary>
    Admin,
}
