using System.Collections.Immutable;

namespace Mibc.Targets.Dns;

/// <summary>Turns a zone plan into the records an admin sets at a DNS provider that hosts the zones instead of the box.</summary>
public static class ProviderRecords
{
    /// <summary>
    /// Returns every record of the plan except those the provider itself manages: the apex NS records and the
    /// delegations between the box's own zones, which a provider hosting all of them does not need.
    /// </summary>
    public static ImmutableArray<ProviderZone> From(ZonePlan plan)
    {
        var zoneNames = plan.Zones.Select(zone => zone.Origin).ToHashSet(StringComparer.Ordinal);
        var zones = plan.Zones.Select(zone => new ProviderZone(
            zone.Origin,
            [.. zone.Records
                .Where(record => !(record.Type is "NS" or "DS" && record.Declaration is null && (record.Owner == zone.Origin || zoneNames.Contains(record.Owner))))
                .Select(Export)]));

        var host = plan.HostRecords.IsEmpty
            ? []
            : new[] { new ProviderZone(plan.HostRecords[0].Owner, [.. plan.HostRecords.Select(Export)]) };
        return [.. zones, .. host];
    }

    private static ProviderRecord Export(ZoneRecord record) =>
        new(record.Owner + ".", record.Type, ZoneFileWriter.Ttl, ZoneFileWriter.FormatData(record), record.Type == "TXT" ? record.Text : null);
}
