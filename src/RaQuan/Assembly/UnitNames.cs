using RaQuan.Documents;
using RaQuan.Model;
using RaQuan.Text;

namespace RaQuan.Assembly;

/// <summary>
/// Finds a unit from what people write for it: its slug ("dak-ha"), its name ("Đắk Hà", "Đăk Hà"), or kind and name
/// ("Huyện Đăk Hà", as appendix tables write it). Names are matched folded, like document issuers.
/// </summary>
internal sealed class UnitNames(IReadOnlyDictionary<string, Unit> bySlug, LocalityMatcher localities)
{
    // Longest first, so "thành phố Kon Tum" is not read as a "thành" of something.
    private static readonly string[] Kinds = UnitKinds.Names.OrderByDescending(n => n.Length).ToArray();

    /// <summary>Every unit the text can mean, narrowed to <paramref name="within"/> when that leaves any.</summary>
    public IReadOnlyList<Unit> Find(string text, Unit? within = null)
    {
        if (bySlug.TryGetValue(text.Trim(), out var bySlugMatch))
        {
            return [bySlugMatch];
        }

        var folded = SearchFold.Fold(text).Trim();
        var kind = Kinds.FirstOrDefault(k => folded.StartsWith(SearchFold.Fold(k) + " ", StringComparison.Ordinal));
        var name = kind is null ? folded : folded[(SearchFold.Fold(kind).Length + 1)..];
        var candidates = localities.Candidates(new Locality(name, kind ?? ""));
        if (candidates.Count > 1 && within is not null)
        {
            var inside = candidates.Where(u => u == within || u.Ancestors.Contains(within)).ToList();
            return inside.Count > 0 ? inside : candidates;
        }

        return candidates;
    }

    /// <summary>What an unknown unit is compared with for "did you mean": names as written, with and without kind, and slugs.</summary>
    public IEnumerable<string> Known => bySlug.Values.SelectMany(u => new[] { u.Name, u.FullName }).Concat(bySlug.Keys).Distinct(StringComparer.Ordinal);
}
