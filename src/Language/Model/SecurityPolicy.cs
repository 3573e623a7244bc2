using System.Collections.Immutable;

namespace Mibc.Language.Model;

/// <summary>The box's security policy, with mibc's secure defaults where box.mib is silent.</summary>
/// <param name="Tls">TLS settings for the listeners.</param>
/// <param name="Submission">How port 587 treats AUTH.</param>
/// <param name="Imap">How IMAP accepts logins.</param>
/// <param name="Pop">How POP3 accepts logins.</param>
/// <param name="Https">The web server's HTTPS settings.</param>
/// <param name="Certificate">Where the certificate comes from.</param>
/// <param name="CertificateKey">The certificate's key type and size.</param>
/// <param name="CsrDigest">The hash certificate signing requests use.</param>
/// <param name="Dnssec">Whether zones are signed.</param>
/// <param name="Packs">Extra policy pack directories, relative to box.mib.</param>
/// <param name="RuleLevels">Levels set per rule id or name.</param>
public sealed record SecurityPolicy(
    TlsSettings Tls,
    Located<SubmissionMode> Submission,
    Located<MailboxAccessMode> Imap,
    Located<MailboxAccessMode> Pop,
    HttpsSettings Https,
    Located<CertificateKind> Certificate,
    Located<CertificateKeySpec> CertificateKey,
    Located<CsrDigest> CsrDigest,
    Located<bool> Dnssec,
    ImmutableArray<Located<string>> Packs,
    ImmutableDictionary<string, Located<RuleLevel>> RuleLevels)
{
    /// <summary>The mode of the MTA-STS policy every domain publishes.</summary>
    public Located<MtaStsMode> MtaSts { get; init; } = new(MtaStsMode.Testing, Text.SourceSpan.None, IsDefault: true);

    /// <summary>The certificate authorities named in CAA records; empty means only the one <see cref="Certificate"/> implies.</summary>
    public ImmutableArray<Located<DomainName>> CaaIssuers { get; init; } = [];

    /// <summary>Per-listener settings in declaration order; a listener without a block uses the box-wide ones.</summary>
    public ImmutableArray<ListenerSettings> Listeners { get; init; } = [];

    /// <summary>Returns the first block for a listener, or null when box.mib has none.</summary>
    public ListenerSettings? FindListener(Listener listener) =>
        Listeners.FirstOrDefault(settings => settings.Listener.Value == listener);
}
