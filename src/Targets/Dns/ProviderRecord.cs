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
