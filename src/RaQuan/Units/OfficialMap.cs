using RaQuan.Results;

namespace RaQuan.Units;

/// <summary>
/// The official two-tier map since 1 July 2025 (embedded from <c>Units/vn-2025.json</c>, see its README), and how
/// people find a unit in it: by official code, or by name with or without its kind word, diacritics or the usual
/// spelling variants ("Quang Ngai", "tỉnh Quảng Ngải", "Đắk Hà" for "Đăk Hà").
/// </summary>
internal sealed class OfficialMap
{
    private static readonly Lazy<OfficialMap> Embedded = new(Load);

    private OfficialMap(string title, IReadOnlyList<OfficialProvince> provinces) => (Title, Provinces) = (title, provinces);

    /// <summary>The map as published after the reorganisation of 1 July 2025.</summary>
    public static OfficialMap Vietnam2025 => Embedded.Value;

    /// <summary>The day the two-tier map took effect.</summary>
    public static DateOnly Since { get; } = new(2025, 7, 1);

    public string Title { get; }

    public IReadOnlyList<OfficialProvince> Provinces { get; }

    /// <summary>The province <paramref name="text"/> names or codes, or null with the nearest names in <paramref name="nearest"/>.</summary>
    public OfficialProvince? FindProvince(string text, out IReadOnlyList<string> nearest)
    {
        var found = Find(text, Provinces, p => p.Code, p => p.Name, p => p.Kind, p => p.FullName, out nearest);
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The units of <paramref name="province"/> (of any province when null) that <paramref name="text"/> names or codes.</summary>
    public IReadOnlyList<(OfficialProvince Province, OfficialUnit Unit)> FindUnits(string text, OfficialProvince? province, out IReadOnlyList<string> nearest)
    {
        var units = (province is null ? Provinces : [province]).SelectMany(p => p.Units.Select(u => (Province: p, Unit: u))).ToList();
        return Find(text, units, u => u.Unit.Code, u => u.Unit.Name, u => u.Unit.Kind, u => $"{u.Unit.FullName} ({u.Province.FullName})", out nearest);
    }

    /// <summary>Every unit, province or not, whose folded name holds the folded <paramref name="text"/>: "dak ha" finds xã Đăk Hà.</summary>
    public IEnumerable<(OfficialProvince Province, OfficialUnit? Unit)> Search(string text)
    {
        var key = UnitNameMatcher.Key(UnitNameMatcher.SplitKind(SearchFold.Fold(text)).Name);
        if (key.Length == 0)
        {
            yield break;
        }

        foreach (var province in Provinces)
        {
            if (UnitNameMatcher.Key(province.Name).Contains(key, StringComparison.Ordinal) || province.Code == text.Trim())
            {
                yield return (province, null);
            }

            foreach (var unit in province.Units)
            {
                if (UnitNameMatcher.Key(unit.Name).Contains(key, StringComparison.Ordinal) || unit.Code == text.Trim())
                {
                    yield return (province, unit);
                }
            }
        }
    }

    private static List<T> Find<T>(string text, IReadOnlyList<T> items, Func<T, string> code, Func<T, string> name, Func<T, UnitKind> kind,
        Func<T, string> display, out IReadOnlyList<string> nearest)
    {
        nearest = [];
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && trimmed.All(char.IsAsciiDigit))
        {
            var byCode = items.Where(i => code(i).TrimStart('0') == trimmed.TrimStart('0')).ToList();
            if (byCode.Count > 0)
            {
                return byCode;
            }
        }

        var (writtenKind, writtenName) = UnitNameMatcher.SplitKind(SearchFold.Fold(trimmed));
        var key = UnitNameMatcher.Key(writtenName);
        var named = items.Where(i => UnitNameMatcher.Key(name(i)) == key).ToList();
        if (writtenKind is { } k && named.Count > 1 && named.Any(i => kind(i) == k))
        {
            named = named.Where(i => kind(i) == k).ToList();
        }

        // Written with its diacritics, "Tân Thành" is not "Tân Thanh" nor "Tân Thạnh".
        var exact = named.Where(i => trimmed.Normalize(NormalizationForm.FormC).EndsWith(name(i), StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0)
        {
            named = exact;
        }

        if (named.Count != 1)
        {
            var candidates = named.Count > 1 ? named : items;
            var keys = candidates.ToLookup(i => UnitNameMatcher.Key(name(i)), StringComparer.Ordinal);
            nearest = named.Count > 1
                ? named.Select(display).ToList()
                : Suggestions.Nearest(key, keys.Select(g => g.Key), 3).SelectMany(k => keys[k].Select(display)).Distinct().ToList();
        }

        return named;
    }

    private static OfficialMap Load()
    {
        using var stream = typeof(OfficialMap).Assembly.GetManifestResourceStream("units/vn-2025.json")
            ?? throw new InvalidOperationException("the official map units/vn-2025.json is not embedded in RaQuan");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var provinces = root.GetProperty("provinces").EnumerateArray().Select(p => new OfficialProvince(
            Text(p, "code"), Text(p, "name"), Kind(p),
            p.GetProperty("units").EnumerateArray().Select(u => new OfficialUnit(Text(u, "code"), Text(u, "name"), Kind(u))).ToList())).ToList();
        return new OfficialMap(Text(root, "title"), provinces);
    }

    private static string Text(JsonElement e, string key) => e.GetProperty(key).GetString()!.Normalize(NormalizationForm.FormC);

    private static UnitKind Kind(JsonElement e) =>
        UnitKinds.TryParse(Text(e, "kind"), out var kind) ? kind : throw new InvalidOperationException($"unknown kind \"{Text(e, "kind")}\" in units/vn-2025.json");
}
