using Mibc.Targets.Dns;

namespace Mibc.Targets.Render;

/// <summary>
/// Where the generated files and the files they refer to live on the host. Templates take every path from
/// here, so a path is written once.
/// </summary>
/// <remarks>
/// NOTE: the TLS paths are shared with apply.sh, which makes the certificate there; the DKIM key paths
/// (<see cref="Dkim.DkimKey.HostPathOf"/>) and the MTA-STS policy file come from the DNS target.
/// </remarks>
public sealed record HostPaths
{
    /// <summary>The paths of a Debian or Ubuntu host.</summary>
    public static HostPaths Default { get; } = new();

    /// <summary>The TLS certificate chain, PEM; apply.sh makes a self-signed one at first apply when it is missing.</summary>
    public string TlsCertificate { get; init; } = "/etc/mibc/tls/cert.pem";

    /// <summary>The TLS private key, PEM.</summary>
    public string TlsKey { get; init; } = "/etc/mibc/tls/key.pem";

    /// <summary>The DH parameters: the RFC 7919 ffdhe group of the policy's size.</summary>
    public string DhParameters { get; init; } = "/etc/mibc/tls/dhparams.pem";

    /// <summary>Postfix's configuration directory.</summary>
    public string PostfixDirectory { get; init; } = "/etc/postfix";

    /// <summary>The directory of the lookup tables mibc generates for Postfix.</summary>
    public string PostfixTables { get; init; } = "/etc/postfix/mibc";

    /// <summary>Postfix's queue directory; the sockets Dovecot offers Postfix live below it.</summary>
    public string PostfixQueue { get; init; } = "/var/spool/postfix";

    /// <summary>Dovecot's LMTP socket, relative to the Postfix queue directory.</summary>
    public string LmtpSocket { get; init; } = "private/dovecot-lmtp";

    /// <summary>Dovecot's SASL authentication socket, relative to the Postfix queue directory.</summary>
    public string AuthSocket { get; init; } = "private/auth";

    /// <summary>Dovecot's main configuration file.</summary>
    public string DovecotConfig { get; init; } = "/etc/dovecot/dovecot.conf";

    /// <summary>The passwd-file of mail users with their password hashes.</summary>
    public string DovecotUsers { get; init; } = "/etc/dovecot/mibc/users";

    /// <summary>The directory below which each user's mail lives, in <c>DOMAIN/LOCALPART/Maildir</c>.</summary>
    public string MailRoot { get; init; } = "/var/mail/vhosts";

    /// <summary>nginx's main configuration file.</summary>
    public string NginxConfig { get; init; } = "/etc/nginx/nginx.conf";

    /// <summary>The MIME type table the nginx package installs.</summary>
    public string NginxMimeTypes { get; init; } = "/etc/nginx/mime.types";

    /// <summary>nginx's pid file, where the package's service unit expects it.</summary>
    public string NginxPidFile { get; init; } = "/run/nginx.pid";

    /// <summary>nginx's log directory.</summary>
    public string NginxLogs { get; init; } = "/var/log/nginx";

    /// <summary>The file with every nginx server block mibc generates.</summary>
    public string NginxSites { get; init; } = "/etc/nginx/mibc/sites.conf";

    /// <summary>The static files mibc generates for web clients: mail client autoconfiguration.</summary>
    public string WebFiles { get; init; } = "/var/www/mibc";

    /// <summary>The root for ACME HTTP-01 challenges, served over plain HTTP.</summary>
    public string AcmeRoot { get; init; } = "/var/www/acme";

    /// <summary>The root of the MTA-STS policy host: the directory above the policy file the DNS target ships.</summary>
    public string MtaStsRoot { get; init; } = MtaStsPolicy.HostPath[..MtaStsPolicy.HostPath.IndexOf("/.well-known/", StringComparison.Ordinal)];

    /// <summary>OpenDKIM's configuration file.</summary>
    public string OpenDkimConfig { get; init; } = "/etc/opendkim.conf";

    /// <summary>OpenDKIM's directory for its tables.</summary>
    public string OpenDkimDirectory { get; init; } = "/etc/opendkim";

    /// <summary>The loopback TCP port OpenDKIM's milter listens on.</summary>
    public int MilterPort { get; init; } = 8891;

    /// <summary>The path of the Thunderbird autoconfig response below <see cref="WebFiles"/>.</summary>
    public string AutoconfigFile => WebFiles + "/autoconfig/config-v1.1.xml";

    /// <summary>The path of the Outlook autodiscover response below <see cref="WebFiles"/>.</summary>
    public string AutodiscoverFile => WebFiles + "/autodiscover/autodiscover.xml";
}
