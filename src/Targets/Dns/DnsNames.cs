using System.Net;
using Mibc.Language.Model;
using Mibc.Language.TypeSystem;

namespace Mibc.Targets.Dns;

/// <summary>
/// Parses the owner names and host names of DNS records, international ones included, into lower-case ASCII.
/// </summary>
/// <remarks>
/// Labels that start with '_' (service labels such as <c>_dmarc</c>) and a leading '*' are taken as ASCII.
/// Every other label must be a host name label; a non-ASCII one must pass IDNA2008 and is stored as an A-label.
/// </remarks>
public static class DnsNames
{
    /// <summary>The most octets a name has in presentation form without the final dot (RFC 1035).</summary>
    public const int MaxNameLength = 253;

    /// <summary>Joins a relative name and a zone, either possibly empty.</summary>
    public static string Join(string relative, string zone) =>
        relative.Length == 0 ? zone : zone.Length == 0 ? relative : relative + "." + zone;

    /// <summary>Whether <paramref name="name"/> is <paramref name="zone"/> or a name below it.</summary>
    public static bool IsAtOrBelow(string name, string zone) =>
        name == zone || name.EndsWith("." + zone, StringComparison.Ordinal);

    /// <summary>Writes an absolute name as a zone file writes it relative to <paramref name="origin"/>: <c>@</c> for the apex.</summary>
    public static string Relative(string name, string origin) =>
        name == origin ? "@" : IsAtOrBelow(name, origin) ? name[..^(origin.Length + 1)] : name + ".";

    /// <summary>Whether the text is an IPv4 or IPv6 address literal, with or without a final dot.</summary>
    public static bool LooksLikeAddress(string text)
    {
        var trimmed = text.TrimEnd('.');
        return trimmed.Contains(':') ? IPAddress.TryParse(trimmed, out _) : IsDottedQuad(trimmed);
    }

    /// <summary>Whether the text is four decimal octets separated by dots, the only IPv4 form DNS data uses.</summary>
    public static bool IsDottedQuad(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(part =>
            part.Length is >= 1 and <= 3
            && part.All(char.IsAsciiDigit)
            && (part.Length == 1 || part[0] != '0')
            && int.Parse(part, System.Globalization.CultureInfo.InvariantCulture) <= 255);
    }

    /// <summary>Parses an owner name relative to a zone: <c>@</c>, relative labels, or an absolute name with a final dot.</summary>
    /// <returns>The absolute lower-case ASCII name without the final dot, or the reason it is invalid.</returns>
    public static (string? Name, string? Error) ParseOwner(string text, DomainName zone)
    {
        if (text == "@")
        {
            return (zone.Ascii, null);
        }

        var absolute = text.EndsWith('.');
        var (labels, error) = ParseLabels(absolute ? text[..^1] : text, allowService: true, allowWildcard: true);
        if (labels is null)
        {
            return (null, error);
        }

        var name = absolute ? labels : Join(labels, zone.Ascii);
        return name.Length > MaxNameLength
            ? (null, $"with the zone it has {name.Length} characters, more than the {MaxNameLength} DNS allows")
            : (name, null);
    }

    /// <summary>Parses a host name in record data: <c>@</c>, a single label in the zone, or an absolute name with a final dot.</summary>
    /// <param name="text">The name as written.</param>
    /// <param name="zone">The zone a relative name belongs to.</param>
    /// <param name="allowService">Whether labels starting with '_' are allowed, as in CNAME targets of DKIM keys.</param>
    /// <returns>The absolute lower-case ASCII name without the final dot; or whether it lacks a final dot; or why it is invalid.</returns>
    public static (string? Name, bool MissingDot, string? Error) ParseTarget(string text, DomainName zone, bool allowService)
    {
        if (text == "@")
        {
            return (zone.Ascii, false, null);
        }

        var absolute = text.EndsWith('.');
        var (labels, error) = ParseLabels(absolute ? text[..^1] : text, allowService, allowWildcard: false);
        if (labels is null)
        {
            return (null, false, error);
        }

        if (!absolute && labels.Contains('.'))
        {
            return (null, true, null);
        }

        var name = absolute ? labels : Join(labels, zone.Ascii);
        return name.Length > MaxNameLength
            ? (null, false, $"it has {name.Length} characters, more than the {MaxNameLength} DNS allows")
            : (name, false, null);
    }

    /// <summary>Checks dot-separated labels and returns them in lower-case ASCII, joined by dots.</summary>
    public static (string? Labels, string? Error) ParseLabels(string text, bool allowService, bool allowWildcard)
    {
        if (text.Length == 0)
        {
            return (null, "the name is empty: write '@' for the zone itself");
        }

        var labels = text.Split('.');
        var ascii = new List<string>(labels.Length);
        for (var index = 0; index < labels.Length; index++)
        {
            var label = labels[index];
            string? converted;
            string? error;
            if (label == "*" && allowWildcard)
            {
                (converted, error) = index == 0
                    ? ("*", (string?)null)
                    : ((string?)null, "'*' may only be the first label of a wildcard name");
            }
            else if (label.StartsWith('_') && allowService)
            {
                (converted, error) = ParseServiceLabel(label);
            }
            else
            {
                (converted, error) = ParseHostLabel(label, allowService);
            }

            if (converted is null)
            {
                return (null, error);
            }

            ascii.Add(converted);
        }

        return (string.Join('.', ascii), null);
    }

    private static (string? Label, string? Error) ParseServiceLabel(string label)
    {
        if (label.Length > 63)
        {
            return (null, $"the label '{label}' has {label.Length} characters, more than the 63 DNS allows");
        }

        var bad = label.FirstOrDefault(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'));
        return bad == default
            ? (label.ToLowerInvariant(), null)
            : (null, $"the label '{label}' contains '{bad}'; a label starting with '_' contains only ASCII letters, digits, '-' and '_'");
    }

    private static (string? Label, string? Error) ParseHostLabel(string label, bool allowUnderscore)
    {
        if (label.Length == 0)
        {
            return (null, "it has an empty label: remove the doubled, leading or extra dot");
        }

        // NOTE: DKIM CNAME targets of mail services, such as s1._domainkey.example.net, keep underscores
        // inside labels too, so such labels skip the host name rules.
        if (allowUnderscore && label.Contains('_'))
        {
            return ParseServiceLabel(label);
        }

        var (name, error) = DomainNameParser.Parse(label, requireDot: false);
        return name is null ? (null, error) : (name.Ascii, null);
    }
}
