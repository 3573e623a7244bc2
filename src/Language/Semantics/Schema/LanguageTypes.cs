using Mibc.Language.Model;
using Mibc.Language.Tls;
using Mibc.Language.TypeSystem;

namespace Mibc.Language.Semantics.Schema;

/// <summary>The enumerations and shared types of box.mib.</summary>
public static class LanguageTypes
{
    /// <summary>The names of the TLS profiles a <c>tls</c> block may start from.</summary>
    public static readonly string[] TlsProfileNames = [.. TlsProfiles.All.Select(profile => profile.Name)];

    /// <summary>Operating system releases.</summary>
    public static readonly EnumType Os = EnumType.For(
        "os",
        ("ubuntu_22_04", OsProfile.Ubuntu2204, "Ubuntu 22.04 LTS."),
        ("ubuntu_24_04", OsProfile.Ubuntu2404, "Ubuntu 24.04 LTS."),
        ("debian_12", OsProfile.Debian12, "Debian 12."));

    /// <summary>DKIM key types.</summary>
    public static readonly EnumType DkimKey = EnumType.For(
        "dkim-key",
        ("rsa2048", DkimKeyType.Rsa2048, "RSA, 2048 bits: accepted by every verifier."),
        ("rsa4096", DkimKeyType.Rsa4096, "RSA, 4096 bits."),
        ("ed25519", DkimKeyType.Ed25519, "Ed25519 (RFC 8463); add an RSA selector beside it for older verifiers."));

    /// <summary>DMARC policies.</summary>
    public static readonly EnumType Dmarc = EnumType.For(
        "dmarc-policy",
        ("none", DmarcPolicy.None, "Receivers only report."),
        ("quarantine", DmarcPolicy.Quarantine, "Receivers treat failing mail as spam."),
        ("reject", DmarcPolicy.Reject, "Receivers refuse failing mail."));

    /// <summary>User roles.</summary>
    public static readonly EnumType Role = EnumType.For(
        "role",
        ("user", UserRole.User, "Reads and sends mail."),
        ("admin", UserRole.Admin, "Also uses the admin web interface."));

    /// <summary>Submission modes.</summary>
    public static readonly EnumType Submission = EnumType.For(
        "submission-mode",
        ("starttls_required", SubmissionMode.StarttlsRequired, "Port 587 offers AUTH only after STARTTLS."),
        ("starttls_optional", SubmissionMode.StarttlsOptional, "Port 587 offers AUTH before STARTTLS too; a baseline rule rejects this."));

    /// <summary>IMAP and POP3 login modes.</summary>
    public static readonly EnumType MailboxAccess = EnumType.For(
        "mailbox-access",
        ("tls_only", MailboxAccessMode.TlsOnly, "Only the implicit-TLS port (993 or 995) listens."),
        ("starttls_required", MailboxAccessMode.StarttlsRequired, "The plaintext port also listens; login only after STARTTLS."),
        ("plaintext_allowed", MailboxAccessMode.PlaintextAllowed, "Login without TLS; a baseline rule rejects this."),
        ("off", MailboxAccessMode.Off, "The protocol is not served."));

    /// <summary>Certificate sources.</summary>
    public static readonly EnumType Certificate = EnumType.For(
        "certificate",
        ("self_signed", CertificateKind.SelfSigned, "A self-signed certificate made on the host."),
        ("lets_encrypt", CertificateKind.LetsEncrypt, "A certificate from Let's Encrypt."));

    /// <summary>Certificate key types.</summary>
    public static readonly EnumType CertificateKey = EnumType.For(
        "certificate-key",
        ("rsa1024", CertificateKeySpec.Rsa1024, "RSA, 1024 bits; a rule rejects it."),
        ("rsa2048", CertificateKeySpec.Rsa2048, "RSA, 2048 bits."),
        ("rsa3072", CertificateKeySpec.Rsa3072, "RSA, 3072 bits."),
        ("rsa4096", CertificateKeySpec.Rsa4096, "RSA, 4096 bits."),
        ("ecdsa_p256", CertificateKeySpec.EcdsaP256, "ECDSA on P-256."),
        ("ecdsa_p384", CertificateKeySpec.EcdsaP384, "ECDSA on P-384."));

    /// <summary>CSR digests.</summary>
    public static readonly EnumType CsrDigest = EnumType.For(
        "csr-digest",
        ("sha1", Model.CsrDigest.Sha1, "SHA-1; a rule rejects it."),
        ("sha256", Model.CsrDigest.Sha256, "SHA-256."),
        ("sha384", Model.CsrDigest.Sha384, "SHA-384."),
        ("sha512", Model.CsrDigest.Sha512, "SHA-512."));

    /// <summary>Protocol versions.</summary>
    public static readonly EnumType TlsProtocol = EnumType.For(
        "tls-protocol",
        ("sslv2", Tls.TlsProtocol.SSLv2, "SSL 2.0; broken."),
        ("sslv3", Tls.TlsProtocol.SSLv3, "SSL 3.0; broken (POODLE)."),
        ("tls1", Tls.TlsProtocol.TLSv1, "TLS 1.0; deprecated by RFC 8996."),
        ("tls1_1", Tls.TlsProtocol.TLSv1_1, "TLS 1.1; deprecated by RFC 8996."),
        ("tls1_2", Tls.TlsProtocol.TLSv1_2, "TLS 1.2."),
        ("tls1_3", Tls.TlsProtocol.TLSv1_3, "TLS 1.3."));

    /// <summary>TLS profile names.</summary>
    public static readonly EnumType TlsProfile = new(
        "tls-profile",
        [.. TlsProfiles.All.Select(profile => new EnumMember(
            profile.Name,
            profile.Name,
            $"{profile.Guideline}, guideline {profile.GuidelineVersion}, protocols {string.Join(", ", profile.Protocols.Select(TlsProtocolNames.ToOpenSslName))}."))]);

    /// <summary>DNSSEC signing algorithms.</summary>
    public static readonly EnumType Dnssec = EnumType.For(
        "dnssec-algorithm",
        ("ecdsap256sha256", DnssecAlgorithm.EcdsaP256Sha256, "ECDSA P-256 with SHA-256, algorithm 13: small and widely validated."),
        ("rsasha256", DnssecAlgorithm.RsaSha256, "RSA/SHA-256, algorithm 8, with a 2048-bit key: for registries that accept no ECDSA."));

    /// <summary>MTA-STS policy modes.</summary>
    public static readonly EnumType MtaSts = EnumType.For(
        "mta-sts-mode",
        ("testing", MtaStsMode.Testing, "Senders report TLS failures but still deliver."),
        ("enforce", MtaStsMode.Enforce, "Senders deliver only over TLS with a valid certificate; needs a certificate from a public CA."),
        ("none", MtaStsMode.None, "Withdraws MTA-STS: senders drop a cached policy. Keep it published for the old max_age before removing it."));

    /// <summary>Rule levels.</summary>
    public static readonly EnumType RuleLevelType = EnumType.For(
        "rule-level",
        ("off", RuleLevel.Off, "The rule does not run."),
        ("info", RuleLevel.Info, "Findings are information."),
        ("warning", RuleLevel.Warning, "Findings are warnings."),
        ("error", RuleLevel.Error, "Findings are errors."));
}
