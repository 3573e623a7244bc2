using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Mibc.Targets.Dns;

/// <summary>The records of one zone to set at an external DNS provider.</summary>
/// <param name="Zone">The zone's name in ASCII, or the box's host name for its own records outside any zone.</param>
/// <param name="Records">The records.</param>
public sealed record ProviderZone(
    [property: JsonPropertyName("zone")] string Zone,
    [property: JsonPropertyName("records")] ImmutableArray<ProviderRecord> Records);
