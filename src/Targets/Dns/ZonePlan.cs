using System.Collections.Immutable;

namespace Mibc.Targets.Dns;

/// <summary>Every record mibc publishes for a box, per zone, and the checks' verdict.</summary>
/// <param name="Zones">The zones, one per declared domain, in declaration order.</param>
/// <param name="HostRecords">The box host's records when no declared domain holds its name; otherwise empty.</param>
/// <param name="MtaSts">The MTA-STS policy the zones announce.</param>
/// <param name="HasErrors">Whether a check failed, so no zone may be written.</param>
public sealed record ZonePlan(ImmutableArray<DnsZone> Zones, ImmutableArray<ZoneRecord> HostRecords, MtaStsPolicy MtaSts, bool HasErrors);
