namespace Mibc.Language.Model;

/// <summary>The operating system release the box runs; it fixes daemon versions and package names.</summary>
public enum OsProfile
{
    /// <summary>Ubuntu 22.04 LTS (Postfix 3.6, Dovecot 2.3, OpenSSL 3.0).</summary>
    Ubuntu2204,

    /// <summary>Ubuntu 24.04 LTS (Postfix 3.8, Dovecot 2.3, OpenSSL 3.0).</summary>
    Ubuntu2404,

    /// <summary>Debian 12 (Postfix 3.7, Dovecot 2.3, OpenSSL 3.0).</summary>
    Debian12,
}
