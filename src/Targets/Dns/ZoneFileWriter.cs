using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mibc.Language.Model;

namespace Mibc.Targets.Dns;

/// <summary>Writes a planned zone as an RFC 1035 zone file that NSD loads.</summary>
public static class ZoneFileWriter
{
    /// <summary>The TTL of every record, in seconds.</summary>
    public const int Ttl = 3600;

    /// <summary>How long resolvers cache a "no such name" answer, in seconds: short, so new records show up fast.</summary>
    public const int NegativeTtl = 300;

    /// <summary>Returns the host path of a zone's unsigned zone file.</summary>
    public static string HostPathOf(string origin) => $"/etc/nsd/zones/{origin}.zone";

    /// <summary>Renders a zone with the given SOA serial.</summary>
    public static string Write(DnsZone zone, BoxModel model, long serial)
    {
        var origin = zone.Origin;
        // Consecutive records with one reason share one comment, such as a name's A and AAAA records.
        var lines = new List<object>();
        string? previous = null;
        foreach (var record in zone.Records)
        {
            var comment = record.Declaration is { } declaration
                ? $"declared in box.mib, line {declaration.Name.Span.StartLine}"
                : record.Reason!;
            lines.Add(new { Comment = comment == previous ? string.Empty : comment, Line = FormatRecord(record, origin) });
            previous = comment;
        }

        return NsdTemplates.Render("zone.sbn", new
        {
            ZoneName = zone.Domain.Name.Value.IsInternational ? $"{zone.Domain.Name.Value.Unicode} ({origin})" : origin,
            Host = model.Host.Name.Value.Ascii,
            Origin = origin,
            Ttl,
            Primary = model.Host.Name.Value.Ascii + ".",
            Contact = MailboxName(model.Host.Admin.Value),
            Serial = serial.ToString(CultureInfo.InvariantCulture),
            Refresh = 7200,
            Retry = 3600,
            Expire = 1209600,
            NegativeTtl,
            Records = lines,
        });
    }

    /// <summary>Returns the SHA-256 of the zone's content without its serial, which decides whether the serial must rise.</summary>
    public static string ContentHash(DnsZone zone, BoxModel model) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Write(zone, model, serial: 0))));

    /// <summary>Formats one record line, its owner relative to <paramref name="origin"/>.</summary>
    public static string FormatRecord(ZoneRecord record, string origin)
    {
        var owner = DnsNames.Relative(record.Owner, origin);
        return $"{owner,-28} IN {record.Type,-6} {FormatData(record)}";
    }

    /// <summary>Formats a record's data in zone file syntax: TXT strings and the CAA value quoted and escaped.</summary>
    public static string FormatData(ZoneRecord record) => record.Type switch
    {
        "TXT" => string.Join(' ', record.Data.Select(Quote)),
        "CAA" => $"{record.Data[0]} {record.Data[1]} {Quote(record.Data[2])}",
        _ => string.Join(' ', record.Data),
    };

    /// <summary>Quotes a character string, escaping '"' and '\' and writing other bytes outside printable ASCII as \DDD.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is (byte)'"' or (byte)'\\')
            {
                builder.Append('\\').Append((char)b);
            }
            else if (b is < 0x20 or >= 0x7F)
            {
                builder.Append('\\').Append(b.ToString("D3", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append((char)b);
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Writes an address as the SOA's mailbox name: the local part becomes the first label, its dots escaped.</summary>
    public static string MailboxName(EmailAddress address)
    {
        var local = new StringBuilder();
        foreach (var c in address.LocalPart)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '+')
            {
                local.Append(c);
            }
            else
            {
                local.Append('\\').Append(((int)c).ToString("D3", CultureInfo.InvariantCulture));
            }
        }

        return $"{local}.{address.Domain.Ascii}.";
    }
}
