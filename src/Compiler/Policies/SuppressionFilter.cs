using Mibc.Language.Diagnostics;

namespace Mibc.Compiler.Policies;

/// <summary>Applies suppression comments to rule findings and reports the comments that are wrong or unused.</summary>
internal static class SuppressionFilter
{
    /// <summary>Returns the findings no valid suppression matches; adds diagnostics about the suppressions.</summary>
    public static IEnumerable<Diagnostic> Apply(
        IReadOnlyList<Diagnostic> findings,
        IEnumerable<Suppression> suppressions,
        LoadedPolicySet set,
        string boxPath,
        ICollection<Diagnostic> diagnostics)
    {
        var suppressed = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        foreach (var suppression in suppressions)
        {
            if (suppression.Rule.Length == 0)
            {
                diagnostics.Add(DiagnosticCatalog.MalformedSuppression.Create(suppression.Location));
                continue;
            }

            if (set.Find(suppression.Rule) is not { } rule)
            {
                diagnostics.Add(DiagnosticCatalog.UnknownRule.Create(suppression.Location, suppression.Rule, " in this suppression"));
                continue;
            }

            if (suppression.Reason.Length == 0)
            {
                diagnostics.Add(DiagnosticCatalog.SuppressionWithoutReason.Create(suppression.Location, suppression.Rule));
                continue;
            }

            var matches = findings
                .Where(finding => finding.Code == rule.Info.Id
                    && finding.Location.Path == boxPath
                    && finding.Location.StartLine == suppression.TargetLine)
                .ToList();
            if (matches.Count == 0)
            {
                diagnostics.Add(DiagnosticCatalog.UnusedSuppression.Create(suppression.Location, suppression.Rule, suppression.TargetLine));
            }

            suppressed.UnionWith(matches);
        }

        return findings.Where(finding => !suppressed.Contains(finding));
    }
}
