using Mibc.Targets.Emit;

namespace Mibc.Tests.Deploy;

/// <summary>
/// Small real configs that each daemon's own check accepts, and a broken variant, for bundles built in tests
/// while the emitters are elsewhere.
/// </summary>
internal static class FixtureConfigs
{
    public const string MainCf = """
        # mibc test fixture
        myhostname = mail.example.org
        mydestination = localhost
        inet_interfaces = loopback-only
        compatibility_level = 3.6
        smtpd_banner = $myhostname ESMTP

        """;

    public const string MasterCf = """
        smtp      inet  n       -       y       -       -       smtpd
        pickup    unix  n       -       y       60      1       pickup
        cleanup   unix  n       -       y       -       0       cleanup
        qmgr      unix  n       -       n       300     1       qmgr
        rewrite   unix  -       -       y       -       -       trivial-rewrite
        bounce    unix  -       -       y       -       0       bounce
        defer     unix  -       -       y       -       0       bounce
        trace     unix  -       -       y       -       0       bounce
        verify    unix  -       -       y       -       1       verify
        flush     unix  n       -       y       1000?   0       flush
        smtp      unix  -       -       y       -       -       smtp
        error     unix  -       -       y       -       -       error
        local     unix  -       n       n       -       -       local

        """;

    public const string NginxConf = """
        worker_processes 1;
        events { worker_connections 64; }
        http {
            server {
                listen 127.0.0.1:22980;
                return 204;
            }
        }

        """;

    public const string BrokenNginxConf = """
        worker_processes 1;
        events { worker_connections 64; }
        http {
            server {
                listen 127.0.0.1:22980;
                mibc_no_such_directive on;
            }
        }

        """;

    public const string DovecotConf = """
        protocols = imap
        ssl = no
        mail_location = maildir:~/Maildir
        passdb {
          driver = passwd-file
          args = /etc/dovecot/users
        }

        """;

    public const string DovecotUsers = "alice@example.org:{SHA512-CRYPT}$6$7sZLqWbHPm5ykwvV$Q0u8LxzB2Uu8fL6H4v3pS7p7Hn5yMZqwl0Xb8JcS2m0oRr2dQ9yE1nW3vK4tF6gH8jL0aS2dF4gH6jK8lZ0xC1::::::\n";

    public const string OpenDkimConf = """
        Syslog yes
        Mode v
        Socket inet:22981@127.0.0.1

        """;

    public const string NsdConf = """
        server:
          ip-address: 127.0.0.1
          port: 22982
        zone:
          name: example.org
          zonefile: /etc/nsd/zones/example.org.zone

        """;

    public const string Zone = """
        $ORIGIN example.org.
        $TTL 3600
        @    IN SOA ns1.example.org. hostmaster.example.org. 1 7200 3600 1209600 3600
        @    IN NS  ns1.example.org.
        ns1  IN A   192.0.2.1

        """;

    /// <summary>One file for each daemon the deploy script checks, with the owners and modes a box uses.</summary>
    public static IReadOnlyList<BundleFile> Valid() =>
    [
        BundleFile.FromText("/etc/postfix/main.cf", MainCf, "postfix"),
        BundleFile.FromText("/etc/postfix/master.cf", MasterCf, "postfix"),
        BundleFile.FromText("/etc/nginx/nginx.conf", NginxConf, "nginx"),
        BundleFile.FromText("/etc/dovecot/dovecot.conf", DovecotConf, "dovecot"),
        BundleFile.FromText("/etc/dovecot/users", DovecotUsers, "dovecot") with { Mode = "0640", Group = "dovecot", Secret = true },
        BundleFile.FromText("/etc/opendkim.conf", OpenDkimConf, "opendkim"),
        BundleFile.FromText("/etc/nsd/nsd.conf", NsdConf, "nsd"),
        BundleFile.FromText("/etc/nsd/zones/example.org.zone", Zone, "nsd") with { Group = "nsd" },
    ];

    /// <summary>The valid files with main.cf changed, a file added, and an nginx.conf that nginx -t rejects.</summary>
    public static IReadOnlyList<BundleFile> Broken() =>
    [
        .. Valid().Select(file => file.TargetPath switch
        {
            "/etc/postfix/main.cf" => BundleFile.FromText(file.TargetPath, MainCf.Replace("loopback-only", "all"), "postfix"),
            "/etc/nginx/nginx.conf" => BundleFile.FromText(file.TargetPath, BrokenNginxConf, "nginx"),
            _ => file,
        }),
        BundleFile.FromText("/etc/mibc/extra.conf", "added by the broken bundle\n"),
    ];
}
