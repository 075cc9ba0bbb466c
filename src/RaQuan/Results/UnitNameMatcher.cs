namespace RaQuan.Results;

/// <summary>
/// Finds the unit a table row names. Reports write names many ways — "Huyện Đăk Hà", "H. Đắk Hà", "Đắk Hà",
/// "TP. Kon Tum" — so the kind word or its abbreviation is taken off and the rest compared folded (no diacritics,
/// no spaces, hyphens or apostrophes: "Ia H'Drai" and "Ia HDrai" are one name).
/// </summary>
internal sealed class UnitNameMatcher
{
    // Folded, longest first so "thi tran" is not read as "thi" + "tran".
    private static readonly (string Prefix, UnitKind Kind)[] Prefixes =
    [
        ("thanh pho", UnitKind.ThanhPho), ("dac khu", UnitKind.DacKhu), ("thi tran", UnitKind.ThiTran), ("thi xa", UnitKind.ThiXa),
        ("phuong", UnitKind.Phuong), ("huyen", UnitKind.Huyen), ("tinh", UnitKind.Tinh),
        ("tp.", UnitKind.ThanhPho), ("tp", UnitKind.ThanhPho), ("tt.", UnitKind.ThiTran), ("tt", UnitKind.ThiTran),
        ("tx.", UnitKind.ThiXa), ("tx", UnitKind.ThiXa), ("xa", UnitKind.Xa), ("h.", UnitKind.Huyen), ("p.", UnitKind.Phuong),
        ("x.", UnitKind.Xa),
    ];

    private readonly ILookup<string, Unit> _byKey;

    public UnitNameMatcher(IEnumerable<Unit> units) => _byKey = units.ToLookup(u => Key(u.Name), StringComparer.Ordinal);

    /// <summary>The units the name can mean: one, several (ambiguous) or none.</summary>
    public IReadOnlyList<Unit> Candidates(string written)
    {
        var (kind, name) = SplitKind(SearchFold.Fold(written));
        var named = _byKey[Key(name)].ToList();
        return kind is { } k ? named.Where(u => u.Kind == k).ToList() : named;
    }

    /// <summary>Units whose name is closest to a name that matches none, for "did you mean".</summary>
    public string? Suggest(string written)
    {
        var key = Key(SplitKind(SearchFold.Fold(written)).Name);
        var closest = Building.Suggestions.Closest(key, _byKey.Select(g => g.Key));
        return closest is null ? null : string.Join(" or ", _byKey[closest].Select(u => u.Title));
    }

    /// <summary>The kind word written before a folded name, if any, and the name without it.</summary>
    internal static (UnitKind? Kind, string Name) SplitKind(string folded)
    {
        foreach (var (prefix, kind) in Prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal) && folded.Length > prefix.Length
                && (prefix.EndsWith('.') || folded[prefix.Length] == ' '))
            {
                return (kind, folded[prefix.Length..].Trim());
            }
        }

        return (null, folded);
    }

    /// <summary>The name as compared: folded, letters and digits only ("Ia H'Drai" and "Ia HDrai" are one).</summary>
    internal static string Key(string name) => string.Concat(SearchFold.Fold(name).Where(char.IsLetterOrDigit));
}
