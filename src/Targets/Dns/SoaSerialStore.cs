using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mibc.Targets.Keys;

namespace Mibc.Targets.Dns;

/// <summary>
/// The SOA serial of each zone and the hash of the zone it was given to, in <c>keys/dns/serials.json</c>.
/// </summary>
/// <remarks>
/// A serial has the form <c>YYYYMMDDnn</c> (UTC). A zone whose content is unchanged keeps its serial; a changed
/// zone gets today's first serial, or the previous serial plus one when that is larger, so the serial rises on
/// every build that changes the zone, even after the hundredth change of a day.
/// </remarks>
/// <param name="store">The key store.</param>
/// <param name="time">The clock that dates new serials.</param>
public sealed class SoaSerialStore(KeyStore store, TimeProvider time)
{
    /// <summary>The file's path relative to the key store.</summary>
    public static readonly string RelativePath = Path.Combine("dns", "serials.json");

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Returns the serial for a zone whose content, without the serial, hashes to <paramref name="contentHash"/>, and records it.</summary>
    /// <exception cref="FormatException">The serial file is not valid JSON of the expected shape.</exception>
    /// <exception cref="IOException">The file cannot be read or written.</exception>
    public long Assign(string zone, string contentHash)
    {
        var entries = Load();
        if (entries.TryGetValue(zone, out var entry) && entry.Sha256 == contentHash)
        {
            return entry.Serial;
        }

        var today = long.Parse(time.GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) * 100;
        var serial = entry is null ? today : Math.Max(today, entry.Serial + 1);
        entries[zone] = new SerialEntry(serial, contentHash);
        if (store.AllowWrites)
        {
            store.WriteText(RelativePath, JsonSerializer.Serialize(new SortedDictionary<string, SerialEntry>(entries, StringComparer.Ordinal), JsonOptions) + "\n");
        }

        return serial;
    }

    private Dictionary<string, SerialEntry> Load()
    {
        if (!store.Exists(RelativePath))
        {
            return new(StringComparer.Ordinal);
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, SerialEntry>>(store.ReadText(RelativePath), JsonOptions)
                ?? throw new FormatException("it contains null");
        }
        catch (JsonException error)
        {
            throw new FormatException(error.Message, error);
        }
    }

    private sealed record SerialEntry(
        [property: JsonPropertyName("serial")] long Serial,
        [property: JsonPropertyName("sha256")] string Sha256);
}
