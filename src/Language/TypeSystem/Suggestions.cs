namespace Mibc.Language.TypeSystem;

/// <summary>"Did you mean" hints for misspelt names.</summary>
public static class Suggestions
{
    /// <summary>
    /// Returns "did you mean 'x'?" for the closest candidate, or the list of candidates when none is close.
    /// </summary>
    public static string DidYouMean(string written, IEnumerable<string> candidates)
    {
        var list = candidates.Distinct().ToList();
        var best = list
            .Select(candidate => (Candidate: candidate, Distance: Distance(written.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(pair => pair.Distance <= Math.Max(1, pair.Candidate.Length / 3))
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Candidate, StringComparer.Ordinal)
            .Select(pair => pair.Candidate)
            .FirstOrDefault();

        return best is not null
            ? $"did you mean '{best}'?"
            : list.Count == 0 ? "nothing is accepted here" : "expected " + JoinAlternatives(list.Select(candidate => $"'{candidate}'"));
    }

    /// <summary>Joins words as "a, b or c".</summary>
    public static string JoinAlternatives(IEnumerable<string> words)
    {
        var list = words.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[^1];
    }

    /// <summary>Joins words as "a, b and c".</summary>
    public static string JoinAll(IEnumerable<string> words)
    {
        var list = words.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    /// <summary>Computes the Damerau-Levenshtein distance (optimal string alignment) between two words.</summary>
    public static int Distance(string a, string b)
    {
        // NOTE: names are short, so the full table is cheap; long inputs are cut to keep it bounded.
        a = a.Length > 64 ? a[..64] : a;
        b = b.Length > 64 ? b[..64] : b;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
