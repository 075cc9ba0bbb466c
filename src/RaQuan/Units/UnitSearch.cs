using RaQuan.Loading;
using RaQuan.Results;

namespace RaQuan.Units;

/// <summary>
/// <c>raquan units find "dak ha"</c>: the units whose name holds the words, on the official map since 1 July 2025
/// and in the site's own <c>units.yml</c> (where the units of the old map are, with what they were merged into), for
/// an officer who knows the old name of their commune and not the new one.
/// </summary>
public static class UnitSearch
{
    /// <summary>The lines to print, or null when nothing matches; then <paramref name="nearest"/> holds the closest names.</summary>
    /// <param name="siteDirectory">A content folder whose <c>units.yml</c> is searched too, when it has one.</param>
    public static IReadOnlyList<string>? Find(string query, string? siteDirectory, out IReadOnlyList<string> nearest)
    {
        var official = OfficialMap.Vietnam2025.Search(query)
            .Select(m => m.Unit is { } u
                ? "  " + UiLanguage.Format(Messages.UnitsCode, $"{u.FullName}, {m.Province.FullName}", u.Code)
                : "  " + UiLanguage.Format(Messages.UnitsCode, m.Province.FullName, m.Province.Code))
            .ToList();
        var siteUnits = SiteUnits(siteDirectory);
        var key = UnitNameMatcher.Key(UnitNameMatcher.SplitKind(SearchFold.Fold(query)).Name);
        var local = key.Length == 0 ? [] : siteUnits.Where(u => UnitNameMatcher.Key(u.Name).Contains(key, StringComparison.Ordinal)).Select(Describe).ToList();

        if (official.Count == 0 && local.Count == 0)
        {
            var names = OfficialMap.Vietnam2025.Provinces.SelectMany(p => p.Units.Select(u => u.Name).Append(p.Name)).Concat(siteUnits.Select(u => u.Name));
            var byKey = names.ToLookup(UnitNameMatcher.Key, StringComparer.Ordinal);
            nearest = Suggestions.Nearest(key, byKey.Select(g => g.Key), 3).Select(k => byKey[k].First()).ToList();
            return null;
        }

        nearest = [];
        var lines = new List<string>();
        if (official.Count > 0)
        {
            lines.Add(UiLanguage.Format(Messages.UnitsOnMapSince, VietnameseDate.FormatShort(OfficialMap.Since)));
            lines.AddRange(official);
        }

        if (local.Count > 0)
        {
            lines.Add(Messages.UnitsInSiteFile);
            lines.AddRange(local);
        }

        return lines;
    }

    private static List<Unit> SiteUnits(string? siteDirectory)
    {
        if (siteDirectory is null || !File.Exists(new ContentPaths(siteDirectory).UnitsFile))
        {
            return [];
        }

        var diagnostics = new Diagnostics(BuildStage.Load);
        var units = UnitsLoader.Load(new ContentPaths(siteDirectory), diagnostics).SelectMany(u => u.SelfAndDescendants()).ToList();
        var bySlug = units.GroupBy(u => u.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        UnitMergers.Resolve(units, bySlug, DateOnly.MaxValue, diagnostics);
        return units;
    }

    private static string Describe(Unit unit)
    {
        var where = string.Join(", ", new[] { unit }.Concat(unit.Ancestors.Reverse()).Select(u => u.FullName));
        var named = $"{where} ({unit.Slug})";
        var line = unit.Code is { } c ? UiLanguage.Format(Messages.UnitsCode, named, c) : named;
        var merged = unit.MergedBy(DateOnly.MaxValue) is var (old, merger)
            ? old == unit
                ? UiLanguage.Format(Messages.UnitsPartOf, merger.Target?.FullName ?? merger.UnitSlug, VietnameseDate.FormatShort(merger.Date))
                : UiLanguage.Format(Messages.UnitsOldPartOf, old.FullName, merger.Target?.FullName ?? merger.UnitSlug, VietnameseDate.FormatShort(merger.Date))
            : "";
        return $"  {line}{merged}";
    }
}
