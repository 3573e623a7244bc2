using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Text;
using Mibc.Language.TypeSystem;

namespace Mibc.Targets.Dns;

/// <summary>
/// Checks the data of one record declared in box.mib against its type and turns it into a zone record.
/// </summary>
/// <remarks>Each problem is reported at the value it concerns; a record with any problem yields null.</remarks>
internal sealed class DeclaredRecordParser(DomainName zone, Action<Diagnostic> report)
{
    /// <summary>The maximum length in bytes of one TXT character string (RFC 1035, section 3.3).</summary>
    public const int MaxStringBytes = 255;

    // NOTE: this is the RDATA limit of RFC 1035; the zone file and NSD accept it, but records over
    // about 1200 bytes need TCP or EDNS, which every current resolver has.
    private const int MaxDataBytes = 65535;

    private static readonly ImmutableDictionary<string, (int Count, string Needs, string Example)> Shapes =
        new Dictionary<string, (int, string, string)>
        {
            ["A"] = (1, "1 value (an IPv4 address)", "record \"www\" A 203.0.113.10"),
            ["AAAA"] = (1, "1 value (an IPv6 address)", "record \"www\" AAAA 2001:db8::10"),
            ["CNAME"] = (1, "1 value (the canonical host name)", "record \"www\" CNAME \"mail.example.org.\""),
            ["MX"] = (2, "2 values (a priority and a host name)", "record \"@\" MX 10 \"mx.example.net.\""),
            ["TXT"] = (-1, "at least 1 value (the text)", "record \"@\" TXT \"v=...\""),
            ["SRV"] = (4, "4 values (priority, weight, port and target host)", "record \"_sip._tcp\" SRV 10 5 5060 \"sip.example.org.\""),
            ["CAA"] = (3, "3 values (flags, tag and value)", "record \"@\" CAA 0 issue \"letsencrypt.org\""),
            ["NS"] = (1, "1 value (the name server's host name)", "record \"lab\" NS \"ns1.example.net.\""),
            ["SSHFP"] = (3, "3 values (algorithm, fingerprint type and fingerprint)", "record \"host\" SSHFP 4 2 \"<64 hex digits>\""),
            ["TLSA"] = (4, "4 values (usage, selector, matching type and data)", "record \"_443._tcp.www\" TLSA 3 1 1 \"<64 hex digits>\""),
        }.ToImmutableDictionary();

    /// <summary>The record types box.mib may declare.</summary>
    public static IEnumerable<string> SupportedTypes => Shapes.Keys;

    /// <summary>Parses a declaration, or reports why it is invalid and returns null.</summary>
    public ZoneRecord? Parse(DnsRecordDeclaration declaration)
    {
        var type = declaration.Type.Value;
        if (!Shapes.TryGetValue(type, out var shape))
        {
            var hint = type switch
            {
                "SPF" => ": SPF data goes in a TXT record",
                "PTR" => ": reverse DNS is set where the IP address is hosted",
                _ => string.Empty,
            };
            report(DiagnosticCatalog.UnsupportedRecordType.Create(declaration.Type.Span, type, hint));
            return null;
        }

        var data = declaration.Data;
        var count = data.Length;
        if (shape.Count >= 0 ? count != shape.Count : count == 0)
        {
            var span = count == 0 ? declaration.Type.Span : Cover(data[0].Span, data[^1].Span);
            var found = count == 1 ? "1 value" : $"{count} values";
            report(DiagnosticCatalog.RecordDataCount.Create(span, type, declaration.Name.Value, found, shape.Needs, shape.Example));
            return null;
        }

        var (owner, ownerError) = DnsNames.ParseOwner(declaration.Name.Value, zone);
        if (owner is null)
        {
            report(DiagnosticCatalog.InvalidRecordName.Create(declaration.Name.Span, declaration.Name.Value, ownerError!));
            return null;
        }

        if (!CheckOwnerInZone(declaration, owner))
        {
            return null;
        }

        var fields = ParseData(declaration, owner);
        return fields is null ? null : new ZoneRecord(owner, type, fields.Value, RecordRole.Declared, Declaration: declaration);
    }

    private bool CheckOwnerInZone(DnsRecordDeclaration declaration, string owner)
    {
        var written = declaration.Name.Value;
        if (written.EndsWith('.'))
        {
            if (DnsNames.IsAtOrBelow(owner, zone.Ascii))
            {
                return true;
            }

            report(DiagnosticCatalog.RecordOutsideZone.Create(declaration.Name.Span, written, zone.Unicode));
            return false;
        }

        if (owner == zone.Ascii)
        {
            return true;
        }

        // A relative name that ends in the zone's own name almost always lacks its final dot.
        var relative = owner[..^(zone.Ascii.Length + 1)];
        if (relative.Length > 0 && DnsNames.IsAtOrBelow(relative, zone.Ascii))
        {
            var meant = relative == zone.Ascii ? "@" : relative[..^(zone.Ascii.Length + 1)];
            report(DiagnosticCatalog.RecordNameRepeatsZone.Create(declaration.Name.Span, written, zone.Unicode, meant));
            return false;
        }

        return true;
    }

    private ImmutableArray<string>? ParseData(DnsRecordDeclaration declaration, string owner)
    {
        var data = declaration.Data;
        return declaration.Type.Value switch
        {
            "A" => Address(declaration, data[0], AddressFamily.InterNetwork) is { } v4 ? [v4] : null,
            "AAAA" => Address(declaration, data[0], AddressFamily.InterNetworkV6) is { } v6 ? [v6] : null,
            "CNAME" => Target(declaration, data[0], allowRoot: false, allowService: true, "A") is { } canonical ? [canonical] : null,
            "NS" => NameServer(declaration, owner),
            "MX" => Mx(declaration, owner),
            "TXT" => Txt(declaration),
            "SRV" => Srv(declaration),
            "CAA" => Caa(declaration),
            "SSHFP" => Sshfp(declaration),
            "TLSA" => Tlsa(declaration, owner),
            _ => throw new InvalidOperationException($"No parser for record type {declaration.Type.Value}."),
        };
    }

    private string? Address(DnsRecordDeclaration declaration, Located<string> value, AddressFamily family)
    {
        var text = value.Value;
        var v4 = family == AddressFamily.InterNetwork;
        string? problem = null;
        if (v4 && !DnsNames.IsDottedQuad(text))
        {
            problem = "write four decimal numbers from 0 to 255 separated by dots, such as 203.0.113.10";
        }
        else if (!v4 && (!text.Contains(':') || text.Contains('%') || !IPAddress.TryParse(text, out var parsed) || parsed.AddressFamily != family))
        {
            problem = "write an IPv6 address such as 2001:db8::10, without brackets, prefix length or zone index";
        }

        if (problem is not null)
        {
            report(DiagnosticCatalog.InvalidRecordAddress.Create(value.Span, v4 ? "IPv4" : "IPv6", text, declaration.Type.Value, declaration.Name.Value, problem));
            return null;
        }

        return IPAddress.Parse(text).ToString();
    }

    private string? Target(DnsRecordDeclaration declaration, Located<string> value, bool allowRoot, bool allowService, string addressType)
    {
        var text = value.Value;
        var type = declaration.Type.Value;
        if (text == "." && allowRoot)
        {
            return ".";
        }

        if (DnsNames.LooksLikeAddress(text))
        {
            var family = text.Contains(':') ? "AAAA" : addressType;
            report(DiagnosticCatalog.TargetIsAddress.Create(value.Span, type, declaration.Name.Value, text.TrimEnd('.'), type == "MX" ? "mx" : "host", family));
            return null;
        }

        var (name, missingDot, error) = DnsNames.ParseTarget(text, zone, allowService);
        if (missingDot)
        {
            report(DiagnosticCatalog.AmbiguousRecordTarget.Create(value.Span, text, type, declaration.Name.Value, zone.Ascii));
            return null;
        }

        if (name is null)
        {
            var reason = text == "." ? "'.' means no host, which a " + type + " record cannot name" : error!;
            report(DiagnosticCatalog.InvalidRecordTarget.Create(value.Span, text, type, declaration.Name.Value, reason));
            return null;
        }

        return name + ".";
    }

    private ImmutableArray<string>? NameServer(DnsRecordDeclaration declaration, string owner)
    {
        if (owner == zone.Ascii)
        {
            report(DiagnosticCatalog.NsAtApex.Create(declaration.Type.Span));
            return null;
        }

        return Target(declaration, declaration.Data[0], allowRoot: false, allowService: false, "A") is { } server ? [server] : null;
    }

    private ImmutableArray<string>? Mx(DnsRecordDeclaration declaration, string owner)
    {
        var data = declaration.Data;
        var priority = Number(declaration, data[0], "priority", 0, 65535);
        var exchange = Target(declaration, data[1], allowRoot: true, allowService: false, "A");
        if (priority is null || exchange is null)
        {
            return null;
        }

        if (exchange == "." && owner == zone.Ascii)
        {
            report(DiagnosticCatalog.NullMxOnMailDomain.Create(data[1].Span, declaration.Name.Value, zone.Unicode));
            return null;
        }

        return [priority, exchange];
    }

    private ImmutableArray<string>? Txt(DnsRecordDeclaration declaration)
    {
        var strings = ImmutableArray.CreateBuilder<string>();
        var valid = true;
        var total = 0;
        foreach (var value in declaration.Data)
        {
            if (!CheckText(declaration, value))
            {
                valid = false;
                continue;
            }

            foreach (var chunk in SplitText(value.Value))
            {
                strings.Add(chunk);
                total += Encoding.UTF8.GetByteCount(chunk) + 1;
            }
        }

        if (valid && total > MaxDataBytes)
        {
            report(DiagnosticCatalog.RecordDataTooLong.Create(Cover(declaration.Data[0].Span, declaration.Data[^1].Span), "TXT", declaration.Name.Value, total, MaxDataBytes));
            return null;
        }

        return valid ? strings.ToImmutable() : null;
    }

    private bool CheckText(DnsRecordDeclaration declaration, Located<string> value)
    {
        var text = value.Value;
        var quote = text.IndexOf('"', StringComparison.Ordinal);
        if (quote >= 0)
        {
            report(DiagnosticCatalog.TxtQuote.Create(value.Span, declaration.Name.Value, quote + 1));
            return false;
        }

        var control = text.FirstOrDefault(char.IsControl);
        if (control != default)
        {
            report(DiagnosticCatalog.TxtControlCharacter.Create(value.Span, declaration.Name.Value, $"U+{(int)control:X4}"));
            return false;
        }

        return true;
    }

    /// <summary>Splits text into character strings of at most 255 UTF-8 bytes, never inside a character.</summary>
    public static IEnumerable<string> SplitText(string text)
    {
        if (text.Length == 0)
        {
            yield return text;
            yield break;
        }

        var start = 0;
        var bytes = 0;
        var index = 0;
        while (index < text.Length)
        {
            var width = char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(text.AsSpan(index, width));
            if (bytes + size > MaxStringBytes)
            {
                yield return text[start..index];
                start = index;
                bytes = 0;
            }

            bytes += size;
            index += width;
        }

        yield return text[start..];
    }

    private ImmutableArray<string>? Srv(DnsRecordDeclaration declaration)
    {
        if (!HasServiceLabels(declaration, "SRV", "'_service._protocol'", "_sip._tcp", out _))
        {
            return null;
        }

        var data = declaration.Data;
        var priority = Number(declaration, data[0], "priority", 0, 65535);
        var weight = Number(declaration, data[1], "weight", 0, 65535);
        var port = Number(declaration, data[2], "port", 0, 65535);
        var target = Target(declaration, data[3], allowRoot: true, allowService: false, "A");
        return priority is null || weight is null || port is null || target is null ? null : [priority, weight, port, target];
    }

    private ImmutableArray<string>? Caa(DnsRecordDeclaration declaration)
    {
        var data = declaration.Data;
        var flags = Number(declaration, data[0], "flags", 0, 255);
        var tag = data[1].Value;
        if (tag.Length is 0 or > 15 || !tag.All(char.IsAsciiLetterOrDigit))
        {
            report(DiagnosticCatalog.InvalidCaa.Create(data[1].Span, "tag", tag, declaration.Name.Value, "a tag is 1 to 15 ASCII letters or digits, such as issue, issuewild or iodef"));
            return null;
        }

        tag = tag.ToLowerInvariant();
        var value = data[2];
        var problem = CaaValueProblem(tag, value.Value);
        if (problem is not null)
        {
            report(DiagnosticCatalog.InvalidCaa.Create(value.Span, "value", value.Value, declaration.Name.Value, problem));
            return null;
        }

        return flags is null ? null : [flags, tag, value.Value];
    }

    private static string? CaaValueProblem(string tag, string value)
    {
        if (value.Any(c => c == '"' || char.IsControl(c)))
        {
            return "remove the quote or control character";
        }

        if (tag is "issue" or "issuewild")
        {
            // RFC 8659, section 4.2: an issuer domain name, optionally followed by ';' and parameters, or ';' alone.
            var issuer = value.Split(';', 2)[0].Trim();
            return issuer.Length == 0 || DomainNameParser.Parse(issuer).Name is not null
                ? null
                : $"'{issuer}' is not a CA's domain name: write one such as \"letsencrypt.org\", or \";\" to forbid issuance";
        }

        if (tag == "iodef")
        {
            return value.StartsWith("mailto:", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal)
                ? null
                : "an iodef value is a mailto: or https: URL, such as \"mailto:security@example.org\"";
        }

        return null;
    }

    private ImmutableArray<string>? Sshfp(DnsRecordDeclaration declaration)
    {
        var data = declaration.Data;
        var algorithm = Code(declaration, data[0], "SSHFP algorithm", [1, 2, 3, 4, 6], "1 (RSA), 2 (DSA), 3 (ECDSA), 4 (Ed25519) or 6 (Ed448)");
        var digestType = Code(declaration, data[1], "SSHFP fingerprint type", [1, 2], "1 (SHA-1) or 2 (SHA-256)");
        if (algorithm is null || digestType is null)
        {
            return null;
        }

        var length = digestType == "1" ? 40 : 64;
        var fingerprint = Hex(declaration, data[2], "SSHFP fingerprint", length);
        return fingerprint is null ? null : [algorithm, digestType, fingerprint];
    }

    private ImmutableArray<string>? Tlsa(DnsRecordDeclaration declaration, string owner)
    {
        if (!HasServiceLabels(declaration, "TLSA", "'_port._protocol'", "_443._tcp.www", out var labels))
        {
            return null;
        }

        if (!int.TryParse(labels[0][1..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            report(DiagnosticCatalog.ServiceNameRequired.Create(declaration.Name.Span, "TLSA", "'_port._protocol' with a port from 1 to 65535", owner, "_443._tcp.www"));
            return null;
        }

        var data = declaration.Data;
        var usage = Code(declaration, data[0], "TLSA certificate usage", [0, 1, 2, 3], "0 to 3; 3 (DANE-EE) for a server's own key");
        var selector = Code(declaration, data[1], "TLSA selector", [0, 1], "0 (full certificate) or 1 (public key)");
        var matching = Code(declaration, data[2], "TLSA matching type", [0, 1, 2], "0 (exact), 1 (SHA-256) or 2 (SHA-512)");
        if (usage is null || selector is null || matching is null)
        {
            return null;
        }

        var length = matching switch { "1" => 64, "2" => 128, _ => 0 };
        var association = Hex(declaration, data[3], "TLSA data", length);
        return association is null ? null : [usage, selector, matching, association];
    }

    private bool HasServiceLabels(DnsRecordDeclaration declaration, string type, string form, string example, out string[] labels)
    {
        var name = declaration.Name.Value;
        labels = name == "@" ? [] : name.Split('.');
        if (labels.Length >= 2 && labels[0].Length > 1 && labels[0][0] == '_' && labels[1].Length > 1 && labels[1][0] == '_')
        {
            return true;
        }

        report(DiagnosticCatalog.ServiceNameRequired.Create(declaration.Name.Span, type, form, name, example));
        return false;
    }

    private string? Number(DnsRecordDeclaration declaration, Located<string> value, string what, int minimum, int maximum)
    {
        if (int.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        report(DiagnosticCatalog.InvalidRecordNumber.Create(value.Span, what, value.Value, declaration.Type.Value, declaration.Name.Value, minimum, maximum));
        return null;
    }

    private string? Code(DnsRecordDeclaration declaration, Located<string> value, string what, int[] allowed, string choices)
    {
        if (int.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && allowed.Contains(code))
        {
            return code.ToString(CultureInfo.InvariantCulture);
        }

        report(DiagnosticCatalog.InvalidDigestRecord.Create(value.Span, what, value.Value, declaration.Name.Value, "use " + choices));
        return null;
    }

    private string? Hex(DnsRecordDeclaration declaration, Located<string> value, string what, int length)
    {
        var text = value.Value;
        var isHex = text.Length > 0 && text.Length % 2 == 0 && text.All(char.IsAsciiHexDigit);
        if (isHex && (length == 0 || text.Length == length))
        {
            return text.ToLowerInvariant();
        }

        var needs = length == 0 ? "an even number of hexadecimal digits" : $"exactly {length} hexadecimal digits";
        report(DiagnosticCatalog.InvalidDigestRecord.Create(value.Span, what, Shorten(text), declaration.Name.Value, $"it has {text.Length} characters, but needs {needs}"));
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private static SourceSpan Cover(SourceSpan first, SourceSpan last) => first with
    {
        Span = TextSpan.FromBounds(first.Span.Start, last.Span.End),
        EndLine = last.EndLine,
        EndColumn = last.EndColumn,
    };
}
