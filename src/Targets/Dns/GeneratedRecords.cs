using System.Globalization;
using Mibc.Language.Model;
using Mibc.Targets.Dns.Dnssec;

namespace Mibc.Targets.Dns;

/// <summary>
/// The records mibc writes for the box's domains: mail routing, mail authentication, service discovery and
/// the box's own host records. docs/dns.md lists each with its reason.
/// </summary>
/// <param name="model">The checked box.</param>
/// <param name="keys">The DKIM, DNSSEC and certificate keys.</param>
/// <param name="mtaSts">The MTA-STS policy every domain announces.</param>
/// <param name="zoneKeys">The DNSSEC key of each signed zone, by zone name.</param>
internal sealed class GeneratedRecords(BoxModel model, DnsKeyMaterial keys, MtaStsPolicy mtaSts, IReadOnlyDictionary<string, DnssecKey> zoneKeys)
{
    /// <summary>The names below each domain that point at the box for its web and mail services.</summary>
    public static readonly string[] StandardNames = ["www", "autoconfig", "autodiscover", "mta-sts"];

    private readonly string host = model.Host.Name.Value.Ascii;

    /// <summary>Returns the records of one domain's zone, without the SOA, in the order the zone file lists them.</summary>
    public IEnumerable<ZoneRecord> ForZone(MailDomain domain, IReadOnlyList<MailDomain> childZones, bool holdsHost)
    {
        var zone = domain.Name.Value.Ascii;
        var records = new List<ZoneRecord>
        {
            ZoneRecord.Generated(zone, "NS", RecordRole.Exclusive, "the box is the zone's name server", host + "."),
            ZoneRecord.Generated(zone, "MX", RecordRole.Shared, MxReason(domain), "10", host + "."),
            ZoneRecord.Generated(zone, "TXT", RecordRole.ReplaceableSpf, "it is the domain's SPF policy, which lets only the MX host send its mail", "v=spf1 mx -all"),
        };

        if (domain.WebRoot is not null)
        {
            records.AddRange(Addresses(zone, RecordRole.ReplaceableAddress, "the domain's web site (web_root) is on the box"));
        }

        foreach (var name in StandardNames)
        {
            var owner = name + "." + zone;
            if (owner != host)
            {
                records.AddRange(Addresses(owner, RecordRole.ReplaceableAddress, $"'{name}' is a standard name of the box's web and mail services"));
            }
        }

        records.AddRange(Caa(zone));
        records.AddRange(Dkim(domain));
        records.Add(Text("_dmarc." + zone, "it contains the DMARC policy of the dmarc block", DmarcText(domain)));
        records.AddRange(DmarcReportAuthorizations(domain));
        records.Add(Text("_mta-sts." + zone, "it announces the MTA-STS policy", mtaSts.RecordText));
        if (domain.TlsReportAddress is { } tlsReports)
        {
            records.Add(Text("_smtp._tls." + zone, "it names the tlsrpt address for TLS reports", "v=TLSRPTv1; rua=" + MailtoUri(tlsReports.Value)));
        }

        records.AddRange(ServiceRecords(zone));
        foreach (var child in childZones)
        {
            records.AddRange(Delegation(child));
        }

        if (holdsHost)
        {
            records.AddRange(HostRecords());
        }

        return records;
    }

    /// <summary>Returns the box host's records: its addresses, SSHFP and TLSA records.</summary>
    public IEnumerable<ZoneRecord> HostRecords()
    {
        foreach (var record in Addresses(host, RecordRole.Exclusive, "it is the box's host name"))
        {
            yield return record;
        }

        // Keys listed in box.mib win; otherwise the ones mibc plan read from the host and stored.
        var hostKeys = model.Host.Ssh.HostKeys.IsEmpty
            ? keys.StoredSshHostKeys
            : [.. model.Host.Ssh.HostKeys.Select(key => key.Value)];
        foreach (var key in hostKeys)
        {
            SshfpFingerprint fingerprint;
            try
            {
                fingerprint = SshfpFingerprint.FromOpenSshKey(key);
            }
            catch (FormatException)
            {
                // The language's SSH public key type rejects such keys before any zone is planned.
                continue;
            }

            yield return ZoneRecord.Generated(host, "SSHFP", RecordRole.Exclusive, "it publishes the fingerprints of the box's SSH host keys",
                fingerprint.Algorithm.ToString(CultureInfo.InvariantCulture), "2", fingerprint.Sha256);
        }

        if (keys.CertificatePublicKey is { } spki)
        {
            var digest = CertificateKeyFile.TlsaSha256(spki);
            foreach (var port in new[] { "_25._tcp.", "_443._tcp." })
            {
                yield return ZoneRecord.Generated(port + host, "TLSA", RecordRole.Exclusive, "it pins the key of the box's TLS certificate for DANE", "3", "1", "1", digest);
            }
        }
    }

    private IEnumerable<ZoneRecord> Addresses(string owner, RecordRole role, string reason)
    {
        if (model.Host.Ipv4 is { } ipv4)
        {
            yield return ZoneRecord.Generated(owner, "A", role, reason, ipv4.Value.ToString());
        }

        if (model.Host.Ipv6 is { } ipv6)
        {
            yield return ZoneRecord.Generated(owner, "AAAA", role, reason, ipv6.Value.ToString());
        }
    }

    private string MxReason(MailDomain domain)
    {
        var zone = domain.Name.Value.Ascii;
        var user = model.Users.FirstOrDefault(candidate => candidate.Address.Value.Domain.Ascii == zone);
        return user is not null
            ? $"users such as {user.Address.Value.Unicode} receive mail at {domain.Name.Value.Unicode}"
            : $"the box receives mail for {domain.Name.Value.Unicode}";
    }

    private IEnumerable<ZoneRecord> Caa(string zone)
    {
        var issuers = model.Policy.CaaIssuers.Select(issuer => issuer.Value.Ascii).ToList();
        if (issuers.Count == 0 && model.Policy.Certificate.Value == CertificateKind.LetsEncrypt)
        {
            issuers.Add("letsencrypt.org");
        }

        return issuers.Select(issuer => ZoneRecord.Generated(zone, "CAA", RecordRole.Shared, "the policy names the CAs that may issue certificates", "0", "issue", issuer));
    }

    private IEnumerable<ZoneRecord> Dkim(MailDomain domain)
    {
        var settings = domain.Dkim;
        var published = new List<DkimKeyRecord>();
        if (settings.Enabled.Value)
        {
            foreach (var (selector, keyType) in settings.SigningSelectors())
            {
                if (keys.SigningKey(domain, selector, keyType) is { } key)
                {
                    published.Add(new DkimKeyRecord(key.RecordName, $"it contains the public key of DKIM selector '{selector.Value}'", key.RecordText));
                }
            }
        }

        foreach (var selector in settings.RetiredSelectors)
        {
            if (keys.RetiredKey(domain, selector) is { } key)
            {
                published.Add(new DkimKeyRecord(key.RecordName, $"it keeps the key of retired DKIM selector '{selector.Value}' published", key.RecordText));
            }
        }

        return published.Select(record => Text(record.Owner, record.Reason, record.Text));
    }

    private static string DmarcText(MailDomain domain)
    {
        var dmarc = domain.Dmarc;
        var policy = dmarc.Policy.Value.ToString().ToLowerInvariant();
        var text = $"v=DMARC1; p={policy}";
        if (dmarc.ReportAddress is { } reports)
        {
            text += "; rua=" + MailtoUri(reports.Value);
        }

        if (dmarc.Percent.Value != 100)
        {
            text += "; pct=" + dmarc.Percent.Value.ToString(CultureInfo.InvariantCulture);
        }

        return text;
    }

    // RFC 7489, section 7.1: a report address on another domain needs that domain's consent, which mibc can give
    // when the other domain is one of the box's own.
    private IEnumerable<ZoneRecord> DmarcReportAuthorizations(MailDomain receiving)
    {
        var zone = receiving.Name.Value.Ascii;
        foreach (var sender in model.Domains)
        {
            var reportDomain = sender.Dmarc.ReportAddress?.Value.Domain.Ascii;
            if (reportDomain is null || sender == receiving || reportDomain == sender.Name.Value.Ascii
                || DnsZoneIndex.MostSpecific(model.Domains, reportDomain) != receiving)
            {
                continue;
            }

            var owner = $"{sender.Name.Value.Ascii}._report._dmarc.{reportDomain}";
            if (DnsNames.IsAtOrBelow(owner, zone))
            {
                yield return Text(owner, $"it lets DMARC reports for {sender.Name.Value.Unicode} reach {reportDomain}", "v=DMARC1");
            }
        }
    }

    private IEnumerable<ZoneRecord> ServiceRecords(string zone)
    {
        var policy = model.Policy;
        var imapPlain = policy.Imap.Value is MailboxAccessMode.StarttlsRequired or MailboxAccessMode.PlaintextAllowed;
        var popPlain = policy.Pop.Value is MailboxAccessMode.StarttlsRequired or MailboxAccessMode.PlaintextAllowed;
        var services = new (string Name, int? Port)[]
        {
            ("_submission._tcp", 587),
            ("_submissions._tcp", 465),
            ("_imaps._tcp", policy.Imap.Value == MailboxAccessMode.Off ? null : 993),
            ("_imap._tcp", imapPlain ? 143 : null),
            ("_pop3s._tcp", policy.Pop.Value == MailboxAccessMode.Off ? null : 995),
            ("_pop3._tcp", popPlain ? 110 : null),
            ("_autodiscover._tcp", 443),
        };

        // RFC 6186, section 4: target "." with port 0 says the service is not offered, so clients skip it.
        return services.Select(service => ZoneRecord.Generated(
            service.Name + "." + zone, "SRV", RecordRole.Exclusive, "mail clients find the box's services there (RFC 6186, RFC 8314)",
            service.Port is { } port ? ["0", "1", port.ToString(CultureInfo.InvariantCulture), host + "."] : ["0", "0", "0", "."]));
    }

    private IEnumerable<ZoneRecord> Delegation(MailDomain child)
    {
        var name = child.Name.Value.Ascii;
        var reason = $"it delegates {child.Name.Value.Unicode}, a domain of the box with a zone of its own";
        yield return ZoneRecord.Generated(name, "NS", RecordRole.Exclusive, reason, host + ".");
        if (zoneKeys.TryGetValue(name, out var key))
        {
            yield return ZoneRecord.Generated(name, "DS", RecordRole.Exclusive, reason, key.DsData.Split(' '));
        }

        // A name server below the cut needs glue in the parent, or resolvers cannot reach it.
        if (DnsNames.IsAtOrBelow(host, name))
        {
            foreach (var glue in Addresses(host, RecordRole.Exclusive, "it is the glue of the box's name server"))
            {
                yield return glue;
            }
        }
    }

    private static ZoneRecord Text(string owner, string reason, string text) =>
        new(owner, "TXT", [.. DeclaredRecordParser.SplitText(text)], RecordRole.Exclusive, reason);

    /// <summary>Writes an address as a mailto URI, percent-encoding what RFC 6068 and the report tags reserve.</summary>
    public static string MailtoUri(EmailAddress address)
    {
        var local = string.Concat(address.LocalPart.Select(c =>
            char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '~' or '+' ? c.ToString() : "%" + ((int)c).ToString("X2", CultureInfo.InvariantCulture)));
        return $"mailto:{local}@{address.Domain.Ascii}";
    }

    private sealed record DkimKeyRecord(string Owner, string Reason, string Text);
}
