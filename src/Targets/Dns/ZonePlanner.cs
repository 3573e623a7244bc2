using System.Collections.Immutable;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Targets.Dns.Dnssec;

namespace Mibc.Targets.Dns;

/// <summary>
/// Works out every zone of a box: the records mibc generates, the records box.mib declares, checked per type
/// and against each other, and the DNSSEC keys. Both <c>mibc check</c> and the NSD target use it.
/// </summary>
public static class ZonePlanner
{
    /// <summary>Plans the zones of a checked box; problems go to <paramref name="report"/>.</summary>
    /// <param name="model">The checked box model.</param>
    /// <param name="keys">The key store's keys; generated on first use when the store allows writes.</param>
    /// <param name="report">Where DNS diagnostics go.</param>
    public static ZonePlan Plan(BoxModel model, DnsKeyMaterial keys, Action<Diagnostic> report)
    {
        var hasErrors = false;
        void Report(Diagnostic diagnostic)
        {
            hasErrors |= diagnostic.IsError;
            report(diagnostic);
        }

        new DnsModelChecker(model, keys, Report).Check();

        var zoneKeys = new Dictionary<string, DnssecKey>(StringComparer.Ordinal);
        if (model.Policy.Dnssec.Value)
        {
            foreach (var domain in model.Domains)
            {
                if (keys.ZoneKey(domain) is { } key)
                {
                    zoneKeys[domain.Name.Value.Ascii] = key;
                }
            }
        }

        var mtaSts = MtaStsPolicy.Create(model);
        var generator = new GeneratedRecords(model, keys, mtaSts, zoneKeys);
        var hostZone = DnsZoneIndex.MostSpecific(model.Domains, model.Host.Name.Value.Ascii);
        var zones = ImmutableArray.CreateBuilder<DnsZone>();
        foreach (var domain in model.Domains)
        {
            var children = ChildZones(model, domain);
            var generated = generator.ForZone(domain, children, holdsHost: domain == hostZone).ToList();
            var parser = new DeclaredRecordParser(domain.Name.Value, Report);
            var declared = domain.Records.Select(parser.Parse).OfType<ZoneRecord>().ToList();
            var merged = new ZoneConflictChecker(domain, children, Report).Merge(generated, declared) ?? generated;
            zones.Add(new DnsZone(domain, [.. merged], zoneKeys.GetValueOrDefault(domain.Name.Value.Ascii)));
        }

        var hostRecords = hostZone is null ? [.. generator.HostRecords()] : ImmutableArray<ZoneRecord>.Empty;
        return new ZonePlan(zones.ToImmutable(), hostRecords, mtaSts, hasErrors);
    }

    // A child zone is a declared domain whose nearest declared ancestor is this domain.
    private static List<MailDomain> ChildZones(BoxModel model, MailDomain parent) =>
        [.. model.Domains.Where(domain => domain != parent
            && DnsZoneIndex.MostSpecific(model.Domains.Where(other => other != domain), domain.Name.Value.Ascii) == parent)];
}
