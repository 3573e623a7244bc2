using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Semantics.Schema;

namespace Mibc.Targets.Dns;

/// <summary>
/// Checks the settings DNS records are made from, outside the declared records: DKIM selectors used twice, and
/// the combinations of policy and domain settings that publish records which cannot work.
/// </summary>
internal sealed class DnsModelChecker(BoxModel model, DnsKeyMaterial keys, Action<Diagnostic> report)
{
    public void Check()
    {
        foreach (var domain in model.Domains)
        {
            CheckSelectors(domain);
            CheckDmarcReports(domain);
            if (!model.Policy.Dnssec.Value && !domain.DnssecAlgorithm.IsDefault)
            {
                report(DiagnosticCatalog.DnssecAlgorithmUnused.Create(domain.DnssecAlgorithm.Span));
            }
        }

        CheckPolicy();
        CheckHost();
    }

    private void CheckSelectors(MailDomain domain)
    {
        var dkim = domain.Dkim;
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var named = new List<(Located<string> Selector, string Role)> { (dkim.Selector, "the selector") };
        if (dkim.Ed25519Selector is { } ed25519)
        {
            named.Add((ed25519, "the ed25519_selector"));
        }

        named.AddRange(dkim.RetiredSelectors.Select(selector => (selector, "retired")));
        foreach (var (selector, role) in named)
        {
            if (seen.TryGetValue(selector.Value, out var earlier))
            {
                report(DiagnosticCatalog.DuplicateDkimSelector.Create(selector.Span, selector.Value, domain.Name.Value.Unicode, $"both {earlier} and {role}"));
                continue;
            }

            seen[selector.Value] = role;
        }
    }

    private void CheckDmarcReports(MailDomain domain)
    {
        if (domain.Dmarc.ReportAddress is not { } reports)
        {
            return;
        }

        var reportDomain = reports.Value.Domain;
        if (reportDomain.Ascii != domain.Name.Value.Ascii && DnsZoneIndex.MostSpecific(model.Domains, reportDomain.Ascii) is null)
        {
            report(DiagnosticCatalog.DmarcExternalReports.Create(reports.Span, domain.Name.Value.Ascii, reports.Value.Unicode, reportDomain.Ascii));
        }
    }

    private void CheckPolicy()
    {
        var policy = model.Policy;
        if (policy.MtaSts.Value == MtaStsMode.Enforce && policy.Certificate.Value == CertificateKind.SelfSigned)
        {
            report(DiagnosticCatalog.MtaStsEnforceSelfSigned.Create(policy.MtaSts.Span));
        }

        if (policy.Certificate.Value == CertificateKind.LetsEncrypt && !policy.CaaIssuers.IsEmpty
            && !policy.CaaIssuers.Any(issuer => issuer.Value.Ascii == "letsencrypt.org"))
        {
            report(DiagnosticCatalog.CaaExcludesIssuer.Create(policy.CaaIssuers[0].Span, "letsencrypt.org", "lets_encrypt"));
        }
    }

    private void CheckHost()
    {
        var host = model.Host.Name;
        if (DnsZoneIndex.MostSpecific(model.Domains, host.Value.Ascii) is null)
        {
            report(DiagnosticCatalog.HostOutsideZones.Create(host.Span, host.Value.Unicode));
        }

        if (keys.CertificatePublicKey is { } spki)
        {
            var keyType = CertificateKeyFile.KeyTypeOf(spki);
            if (keyType != model.Policy.CertificateKey.Value)
            {
                var path = keys.Store.PathOf(CertificateKeyFile.RelativePath);
                var found = keyType is { } known ? LanguageTypes.CertificateKey.WordFor(known) : "other";
                report(DiagnosticCatalog.CertificateKeyMismatch.Create(DnsKeyMaterial.FileLocation(path), path, found, LanguageTypes.CertificateKey.WordFor(model.Policy.CertificateKey.Value)));
            }
        }
    }
}
