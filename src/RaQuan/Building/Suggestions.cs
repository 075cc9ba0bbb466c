namespace RaQuan.Building;

/// <summary>"Did you mean …?" for mistyped keys and slugs.</summary>
internal static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="word"/>, if it is close enough to be a plausible typo.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = Distance(word, c);
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(c, best) < 0))
            {
                (best, bestDistance) = (c, d);
            }
        }

        return best is not null && bestDistance <= Math.Max(2, word.Length / 3) ? best : null;
    }

    /// <summary>The <paramref name="count"/> candidates closest to <paramref name="word"/>, closest first, however far.</summary>
    public static IReadOnlyList<string> Nearest(string word, IEnumerable<string> candidates, int count) =>
        candidates.Distinct(StringComparer.Ordinal).Select(c => (c, d: Distance(word, c)))
            .OrderBy(p => p.d).ThenBy(p => p.c, StringComparer.Ordinal).Take(count).Select(p => p.c).ToList();

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
