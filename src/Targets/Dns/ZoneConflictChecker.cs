using Mibc.Language.Diagnostics;
using Mibc.Language.Model;

namespace Mibc.Targets.Dns;

/// <summary>
/// Merges the records box.mib declares for a zone with those mibc generates. It reports each clash that would
/// make NSD reject the zone or resolvers misread it. The clashes are CNAMEs beside other data, duplicates,
/// record sets mibc owns, delegations that hide data, and MX, NS or SRV records that point at a CNAME.
/// </summary>
internal sealed class ZoneConflictChecker(MailDomain domain, IReadOnlyList<MailDomain> childZones, Action<Diagnostic> report)
{
    private static readonly HashSet<string> AddressTypes = ["A", "AAAA", "CNAME", "NS"];

    private bool failed;

    /// <summary>Returns the zone's records after replacements, or null when a clash was reported.</summary>
    public List<ZoneRecord>? Merge(IReadOnlyList<ZoneRecord> generated, IReadOnlyList<ZoneRecord> declared)
    {
        var accepted = declared.Where(record => !CheckChildZones(record)).ToList();
        var kept = generated.Where(record => !IsReplaced(record, accepted)).ToList();

        CheckSpf(accepted);
        CheckDuplicates(kept, accepted);
        CheckOwnership(kept, accepted);
        CheckCnames(kept, accepted);
        CheckDelegations(kept, accepted);
        CheckTargets(accepted);
        return failed ? null : [.. kept, .. accepted];
    }

    private void Report(Diagnostic diagnostic)
    {
        failed = true;
        report(diagnostic);
    }

    private static int Line(ZoneRecord record) => record.Declaration!.Name.Span.StartLine;

    private bool CheckChildZones(ZoneRecord record)
    {
        var child = childZones.FirstOrDefault(zone => DnsNames.IsAtOrBelow(record.Owner, zone.Name.Value.Ascii));
        if (child is null)
        {
            return false;
        }

        var name = child.Name.Value;
        Report(DiagnosticCatalog.HiddenByDelegation.Create(
            record.Declaration!.Name.Span, record.Owner, name.Ascii, $"is the box's domain {name.Unicode} with a zone of its own",
            $"declare the record in domain \"{name.Unicode}\" instead"));
        return true;
    }

    private static bool IsReplaced(ZoneRecord record, List<ZoneRecord> declared) => record.Role switch
    {
        RecordRole.ReplaceableAddress => declared.Any(other => other.Owner == record.Owner && AddressTypes.Contains(other.Type)),
        RecordRole.ReplaceableSpf => declared.Any(other => other.Owner == record.Owner && IsSpf(other)),
        _ => false,
    };

    private static bool IsSpf(ZoneRecord record) =>
        record.Type == "TXT" && (record.Text.Equals("v=spf1", StringComparison.OrdinalIgnoreCase)
            || record.Text.StartsWith("v=spf1 ", StringComparison.OrdinalIgnoreCase));

    private void CheckSpf(List<ZoneRecord> declared)
    {
        foreach (var group in declared.Where(IsSpf).GroupBy(record => record.Owner))
        {
            var first = group.First();
            foreach (var extra in group.Skip(1))
            {
                Report(DiagnosticCatalog.DuplicateSpf.Create(extra.Declaration!.Name.Span, extra.Owner, Line(first)));
            }
        }
    }

    private void CheckDuplicates(List<ZoneRecord> generated, List<ZoneRecord> declared)
    {
        var seen = new Dictionary<(string, string), ZoneRecord>();
        foreach (var record in generated)
        {
            seen.TryAdd((record.Owner, record.DataKey), record);
        }

        foreach (var record in declared)
        {
            var key = (record.Owner, record.DataKey);
            if (!seen.TryGetValue(key, out var first))
            {
                seen[key] = record;
                continue;
            }

            var data = string.Join(' ', record.Declaration!.Data.Select(value => value.Value));
            var span = record.Declaration.Name.Span;
            Report(first.Declaration is null
                ? DiagnosticCatalog.RecordAlreadyGenerated.Create(span, record.Type, record.Declaration.Name.Value, data, first.Reason!)
                : DiagnosticCatalog.DuplicateRecord.Create(span, record.Type, record.Declaration.Name.Value, data, Line(first)));
        }
    }

    private void CheckOwnership(List<ZoneRecord> generated, List<ZoneRecord> declared)
    {
        foreach (var record in declared)
        {
            var owned = generated.FirstOrDefault(other =>
                other.Role == RecordRole.Exclusive && other.Owner == record.Owner && other.Type == record.Type && other.DataKey != record.DataKey);
            if (owned is not null)
            {
                Report(DiagnosticCatalog.RecordSetOwnedByMibc.Create(
                    record.Declaration!.Type.Span, record.Type, record.Owner, owned.Reason!, "remove this record, and change the setting in box.mib that mibc derives the record from"));
            }
        }
    }

    private void CheckCnames(List<ZoneRecord> generated, List<ZoneRecord> declared)
    {
        foreach (var cname in declared.Where(record => record.Type == "CNAME"))
        {
            var declaredOther = declared.FirstOrDefault(other => other.Owner == cname.Owner && other.Type != "CNAME")
                ?? declared.FirstOrDefault(other => other.Owner == cname.Owner && other.Type == "CNAME" && Line(other) < Line(cname));
            // MX first: at a mail domain's apex the mail routing is the reason that matters to the admin.
            var generatedOther = generated.Where(other => other.Owner == cname.Owner).OrderBy(other => other.Type == "MX" ? 0 : 1).FirstOrDefault();
            string? clash = null;
            if (generatedOther is not null)
            {
                clash = $"mibc publishes {generatedOther.Type} there, because {generatedOther.Reason}";
            }
            else if (cname.Owner == domain.Name.Value.Ascii)
            {
                clash = "the zone's apex has its SOA and NS records";
            }
            else if (declaredOther is not null)
            {
                clash = $"line {Line(declaredOther)} declares {(declaredOther.Type == "CNAME" ? "another CNAME" : Article(declaredOther.Type) + " " + declaredOther.Type + " record")} there";
            }

            if (clash is not null)
            {
                Report(DiagnosticCatalog.CnameConflict.Create(cname.Declaration!.Type.Span, cname.Declaration.Name.Value, clash));
            }
        }
    }

    private void CheckDelegations(List<ZoneRecord> generated, List<ZoneRecord> declared)
    {
        var delegations = declared.Where(record => record.Type == "NS").ToList();
        foreach (var cut in delegations.Select(record => record.Owner).Distinct())
        {
            var nsRecord = delegations.First(record => record.Owner == cut);
            var servers = delegations.Where(record => record.Owner == cut).Select(record => record.Data[0].TrimEnd('.')).ToHashSet();
            var delegatedBy = $"line {Line(nsRecord)} delegates to another name server";

            foreach (var record in declared.Where(record => record.Type != "NS" && DnsNames.IsAtOrBelow(record.Owner, cut)))
            {
                var isGlue = record.Owner != cut && record.Type is "A" or "AAAA" && servers.Contains(record.Owner);
                if (!isGlue)
                {
                    Report(DiagnosticCatalog.HiddenByDelegation.Create(record.Declaration!.Name.Span, record.Owner, cut, delegatedBy, "remove the record, or publish it on the delegated name server"));
                }
            }

            var hidden = generated.FirstOrDefault(record => DnsNames.IsAtOrBelow(record.Owner, cut));
            if (hidden is not null)
            {
                Report(DiagnosticCatalog.HiddenByDelegation.Create(
                    nsRecord.Declaration!.Name.Span, hidden.Owner, cut, delegatedBy,
                    $"remove the NS record, because mibc publishes {hidden.Type} at '{hidden.Owner}' ({hidden.Reason})"));
            }
        }
    }

    private void CheckTargets(List<ZoneRecord> declared)
    {
        var cnames = declared.Where(record => record.Type == "CNAME").GroupBy(record => record.Owner).ToDictionary(group => group.Key, group => group.First());
        foreach (var record in declared)
        {
            var target = record.Type switch
            {
                "MX" => record.Data[1],
                "NS" => record.Data[0],
                "SRV" => record.Data[3],
                _ => null,
            };

            if (target is not null && cnames.TryGetValue(target.TrimEnd('.'), out var cname))
            {
                Report(DiagnosticCatalog.TargetIsCname.Create(record.Declaration!.Data[^1].Span, record.Type, record.Declaration.Name.Value, target, Line(cname)));
            }
        }
    }

    // Types read letter by letter take "an" when the first letter sounds like a vowel: an A, an MX, an SRV.
    private static string Article(string type) => type[0] is 'A' or 'M' or 'N' or 'S' ? "an" : "a";
}
