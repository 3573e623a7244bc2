using System.Collections.Immutable;

namespace Mibc.Language.Model;

/// <summary>A domain the box receives mail for.</summary>
/// <param name="Name">The domain.</param>
/// <param name="Dkim">How outgoing mail from the domain is signed.</param>
/// <param name="Dmarc">The DMARC record published for the domain.</param>
/// <param name="WebRoot">A directory on the host with a static site for the domain, if any.</param>
/// <param name="Records">Extra DNS records, as written; the DNS target checks them per type.</param>
public sealed record MailDomain(
    Located<DomainName> Name,
    DkimSettings Dkim,
    DmarcSettings Dmarc,
    Located<string>? WebRoot,
    ImmutableArray<DnsRecordDeclaration> Records)
{
    /// <summary>Where TLS reports (RFC 8460) go, published as the <c>_smtp._tls</c> record; null publishes none.</summary>
    public Located<EmailAddress>? TlsReportAddress { get; init; }

    /// <summary>The algorithm the zone is signed with when the policy turns DNSSEC on.</summary>
    public Located<DnssecAlgorithm> DnssecAlgorithm { get; init; } = new(Model.DnssecAlgorithm.EcdsaP256Sha256, Text.SourceSpan.None, IsDefault: true);
}
