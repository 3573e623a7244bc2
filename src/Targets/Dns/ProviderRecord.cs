using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Mibc.Targets.Dns;

/// <summary>One record as an admin enters it at an external DNS provider.</summary>
/// <param name="Name">The absolute owner name with its final dot.</param>
/// <param name="Type">The record type.</param>
/// <param name="Ttl">The TTL in seconds.</param>
/// <param name="Value">The record data in zone file form; TXT values as quoted strings of at most 255 bytes.</param>
/// <param name="Text">For TXT records the whole text unsplit, as providers with a single text field want it; otherwise null.</param>
public sealed record ProviderRecord(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("ttl")] int Ttl,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("text")] string? Text);

/// <summary>The records of one zone to set at an external DNS provider.</summary>
/// <param name="Zone">The zone's name in ASCII, or the box's host name for its own records outside any zone.</param>
/// <param name="Records">The records.</param>
public sealed record ProviderZone(
    [property: JsonPropertyName("zone")] string Zone,
    [property: JsonPropertyName("records")] ImmutableArray<ProviderRecord> Records);

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
