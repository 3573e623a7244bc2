using Mibc.Language.Model;
using Mibc.Language.TypeSystem;
using static Mibc.Language.Semantics.Schema.LanguageTypes;

namespace Mibc.Language.Semantics.Schema;

/// <summary>
/// Every block, key and statement box.mib accepts. The binder checks files against it, and the
/// language reference in docs/language.md is generated from it.
/// </summary>
public static class LanguageSchema
{
    private static readonly BlockSchema Ssh = new(
        "ssh", "The host's SSH server, as far as mibc checks and publishes it.", null, false,
        [
            new("password_login", BooleanType.Instance, "Whether sshd accepts password logins. A baseline rule warns when true.", false, "false", Example: "password_login = false"),
            new("port", new IntegerType(1, 65535), "The port sshd listens on.", 22, "22", Example: "port = 22"),
            new("host_keys", new ListType(SshPublicKeyType.Instance), "Public host keys in OpenSSH's one-line form; each becomes SSHFP records.", DefaultText: "none", Example: "host_keys = [\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA...\"]"),
        ],
        [], [], "ssh { password_login = false }");

    private static readonly BlockSchema Box = new(
        "box", "The machine: its host name, addresses, operating system and admin.", DomainNameType.Instance, false,
        [
            new("ipv4", IpAddressType.V4, "The public IPv4 address. At least one of ipv4 and ipv6 is required.", DefaultText: "none", Example: "ipv4 = 203.0.113.10"),
            new("ipv6", IpAddressType.V6, "The public IPv6 address.", DefaultText: "none", Example: "ipv6 = 2001:db8::10"),
            new("os", Os, "The operating system release on the host; it fixes daemon versions and package names.", OsProfile.Ubuntu2404, "ubuntu_24_04", Example: "os = debian_12"),
            new("admin", EmailAddressType.Instance, "The admin's address: a declared user, who gets reports and alerts.", Required: true, Example: "admin = \"admin@example.org\""),
            new("max_message_size", SizeType.Instance, "The largest message accepted, headers and attachments included.", new ByteSize(50L << 20), "50MB", Example: "max_message_size = 50MB"),
        ],
        [Ssh], [], "box \"mail.example.org\" {\n  ipv4  = 203.0.113.10\n  os    = ubuntu_24_04\n  admin = \"admin@example.org\"\n}");

    private static readonly BlockSchema Dkim = new(
        "dkim", "DKIM signing for the domain's outgoing mail.", null, false,
        [
            new("enabled", BooleanType.Instance, "Whether mail from the domain is signed.", true, "true", Example: "enabled = true"),
            new("selector", DkimSelectorType.Instance, "The selector: the DNS label under _domainkey that holds the public key.", "mail", "\"mail\"", Example: "selector = \"mail\""),
            new("key", DkimKey, "The signing key's type.", DkimKeyType.Rsa2048, "rsa2048", Example: "key = rsa2048"),
            new("ed25519_selector", DkimSelectorType.Instance, "A second selector that signs with an Ed25519 key beside the main one (RFC 8463), for verifiers that check both.", DefaultText: "none", Example: "ed25519_selector = \"mail-ed25519\""),
            new("retired", new ListType(DkimSelectorType.Instance), "Selectors that no longer sign but stay published until mail signed with them has been read; their keys stay in the key store.", DefaultText: "none", Example: "retired = [\"mail2023\"]"),
        ],
        [], [], "dkim { selector = \"mail\"  key = rsa2048 }");

    private static readonly BlockSchema Dmarc = new(
        "dmarc", "The domain's DMARC record.", null, false,
        [
            new("policy", LanguageTypes.Dmarc, "What receivers should do with mail that fails DMARC (p=).", DmarcPolicy.Quarantine, "quarantine", Example: "policy = reject"),
            new("rua", EmailAddressType.Instance, "Where aggregate reports go (rua=).", DefaultText: "none", Example: "rua = \"dmarc@example.org\""),
            new("pct", new IntegerType(0, 100), "The percentage of failing mail the policy applies to (pct=).", 100, "100", Example: "pct = 100"),
        ],
        [], [], "dmarc { policy = quarantine  rua = \"dmarc@example.org\" }");

    private static readonly BlockSchema Domain = new(
        "domain", "A domain the box receives mail for. International names are stored in punycode and shown as typed.", DomainNameType.Instance, true,
        [
            new("web_root", new PathType(absolute: true, "/srv/www/example.org"), "A directory on the host with a static site served for the domain over HTTPS.", DefaultText: "none", Example: "web_root = \"/srv/www/example.org\""),
            new("tlsrpt", EmailAddressType.Instance, "Where sending servers mail their TLS reports (RFC 8460), published in the _smtp._tls record.", DefaultText: "none", Example: "tlsrpt = \"tls-reports@example.org\""),
            new("dnssec_algorithm", Dnssec, "The algorithm the zone is signed with when the policy sets dnssec = true.", DnssecAlgorithm.EcdsaP256Sha256, "ecdsap256sha256", Example: "dnssec_algorithm = rsasha256"),
        ],
        [Dkim, Dmarc], ["record"], "domain \"example.org\" {\n  dkim  { selector = \"mail\" }\n  dmarc { policy = quarantine }\n  record \"www\" CNAME \"example.net.\"\n}");

    private static readonly BlockSchema User = new(
        "user", "A mailbox; its address is also the login name.", EmailAddressType.Instance, true,
        [
            new("password", PasswordHashType.Instance, "The password as a hash in Dovecot's {SCHEME}value form, never in plain text. Make one with 'doveadm pw -s SHA512-CRYPT'.", Required: true, Example: "password = \"{SHA512-CRYPT}$6$rounds=5000$...\""),
            new("quota", SizeType.Instance, "The mailbox size limit.", DefaultText: "no limit", Example: "quota = 10GB"),
            new("role", Role, "What the user may do.", UserRole.User, "user", Example: "role = admin"),
        ],
        [], [], "user \"admin@example.org\" {\n  password = \"{SHA512-CRYPT}$6$...\"\n  quota    = 10GB\n  role     = admin\n}");

    private static readonly BlockSchema Tls = new(
        "tls", "TLS settings: a profile to start from and optional overrides. In policy they apply to every listener; in a listener block, to that listener alone.", null, false,
        [
            new("profile", TlsProfile, "The profile the settings start from. In a listener block, a profile replaces the box-wide profile and overrides for that listener.", "mozilla_intermediate", "mozilla_intermediate; in a listener block, the box-wide settings", Example: "profile = mozilla_intermediate"),
            new("protocols", new ListType(TlsProtocol, minimumCount: 1), "The protocol versions to enable, overriding the profile's.", DefaultText: "the profile's", Example: "protocols = [tls1_2, tls1_3]"),
            new("ciphers", new CipherSpecType(TlsProfileNames), "TLS 1.2 and older ciphers: a profile name, or an OpenSSL cipher string in quotes.", DefaultText: "the profile's", Example: "ciphers = \"ECDHE+AESGCM:!aNULL\""),
            new("ciphersuites", new StringType("TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384"), "TLS 1.3 ciphersuites, colon-separated.", DefaultText: "the profile's", Example: "ciphersuites = \"TLS_AES_256_GCM_SHA384\""),
            new("dh_bits", new IntegerType(512, 16384), "The size of the finite-field Diffie-Hellman parameters, in bits.", DefaultText: "the profile's", Example: "dh_bits = 2048"),
        ],
        [], [], "tls { protocols = [tls1_2, tls1_3]  ciphers = mozilla_intermediate  dh_bits = 2048 }");

    private static readonly BlockSchema ListenerBlock = new(
        "listener", "Settings for one listener, on top of the box-wide ones; a listener without a block uses the box-wide settings. Opportunistic SMTP (smtp, outbound_smtp) may need older TLS than the listeners that carry passwords.", ListenerNameType.Instance, true,
        [],
        [Tls], [], "listener \"smtp\" {\n  tls { profile = mozilla_old  dh_bits = 2048 }\n}");

    private static readonly BlockSchema Https = new(
        "https", "The web server's HTTPS settings.", null, false,
        [
            new("hsts", DurationType.Instance, "The Strict-Transport-Security max-age; 0s sends no header, which a baseline rule rejects.", TimeSpan.FromDays(365), "365d", Example: "hsts = 365d"),
            new("redirect_http", BooleanType.Instance, "Whether plain HTTP answers with a redirect to HTTPS.", true, "true", Example: "redirect_http = true"),
        ],
        [], [], "https { hsts = 365d  redirect_http = true }");

    private static readonly BlockSchema Rules = new(
        "rules", "Levels for single policy rules, by id or name: off, info, warning or error.", null, false,
        [], [], [], "rules { MIB2105 = warning }", RuleLevelType);

    private static readonly BlockSchema Policy = new(
        "policy", "The security policy. Every key has a secure default, so the block is optional.", null, false,
        [
            new("submission", Submission, "How port 587 treats AUTH.", SubmissionMode.StarttlsRequired, "starttls_required", Example: "submission = starttls_required"),
            new("imap", MailboxAccess, "How IMAP accepts logins.", MailboxAccessMode.TlsOnly, "tls_only", Example: "imap = tls_only"),
            new("pop", MailboxAccess, "How POP3 accepts logins.", MailboxAccessMode.TlsOnly, "tls_only", Example: "pop = off"),
            new("certificate", LanguageTypes.Certificate, "Where the TLS certificate comes from.", CertificateKind.SelfSigned, "self_signed", Example: "certificate = self_signed"),
            new("certificate_key", CertificateKey, "The certificate's key type and size.", CertificateKeySpec.Rsa2048, "rsa2048", Example: "certificate_key = rsa2048"),
            new("csr_digest", LanguageTypes.CsrDigest, "The hash certificate signing requests are signed with.", Model.CsrDigest.Sha256, "sha256", Example: "csr_digest = sha256"),
            new("dnssec", BooleanType.Instance, "Whether the box signs its DNS zones.", false, "false", Example: "dnssec = true"),
            new("mta_sts", MtaSts, "The mode of the MTA-STS policy every domain publishes.", MtaStsMode.Testing, "testing", Example: "mta_sts = enforce"),
            new("caa", new ListType(DomainNameType.Instance), "The certificate authorities allowed to issue for the box's domains, published as CAA records.", DefaultText: "letsencrypt.org with certificate = lets_encrypt, otherwise none", Example: "caa = [\"letsencrypt.org\"]"),
            new("packs", new ListType(new PathType(absolute: false, "./org-policies")), "Extra policy pack directories, relative to box.mib.", DefaultText: "none", Example: "packs = [\"./org-policies\"]"),
        ],
        [Tls, ListenerBlock, Https, Rules], [], "policy {\n  submission  = starttls_required\n  imap        = tls_only\n  certificate = self_signed\n}");

    /// <summary>The top level of a file.</summary>
    public static BlockSchema File { get; } = new(
        "file", "A box.mib file: one box, its domains, users, aliases and policy.", null, false,
        [],
        [Box, Domain, User, Policy], ["alias"], string.Empty);

    /// <summary>Enumerates every block schema once, depth first, the top level first.</summary>
    public static IEnumerable<BlockSchema> AllBlocks()
    {
        // NOTE: a block schema may appear in several parents, as tls does in policy and listener; it is
        // yielded once, at its first place.
        var seen = new HashSet<BlockSchema>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<BlockSchema>([File]);
        while (stack.Count > 0)
        {
            var block = stack.Pop();
            if (!seen.Add(block))
            {
                continue;
            }

            yield return block;
            foreach (var child in block.Blocks.Reverse())
            {
                stack.Push(child);
            }
        }
    }
}
