using RaQuan.Results;

namespace RaQuan.Units;

/// <summary>
/// Finds a unit from what people write for it: its slug ("dak-ha") or its name, with or without its kind, in any of
/// the spellings <see cref="UnitNameMatcher"/> accepts ("Đắk Hà", "Huyện Đăk Hà", "H. Đắk Hà").
/// </summary>
internal sealed class UnitNames(IReadOnlyDictionary<string, Unit> bySlug)
{
    private readonly UnitNameMatcher _names = new(bySlug.Values);

    /// <summary>
    /// Every unit the text can mean, narrowed to <paramref name="within"/> when that leaves any, then to the units
    /// still on the map <paramref name="on"/> that date: "Đắk Hà" in 2026 is the new commune, not the old district.
    /// </summary>
    public IReadOnlyList<Unit> Find(string text, Unit? within = null, DateOnly? on = null)
    {
        if (bySlug.TryGetValue(text.Trim(), out var bySlugMatch))
        {
            return [bySlugMatch];
        }

        var candidates = _names.Candidates(text);
        if (candidates.Count > 1 && within is not null)
        {
            var inside = candidates.Where(u => u == within || u.Ancestors.Contains(within)).ToList();
            candidates = inside.Count > 0 ? inside : candidates;
        }

        if (candidates.Count > 1 && on is { } date)
        {
            var current = candidates.Where(u => u.MergedBy(date) is null).ToList();
            candidates = current.Count > 0 ? current : candidates;
        }

        return candidates;
    }

    /// <summary>The nearest name or slug to one that matches no unit, for "did you mean".</summary>
    public string? Suggest(string text) => _names.Suggest(text) ?? Suggestions.Closest(text, bySlug.Keys);
}
