namespace RaQuan.Model;

/// <summary>Names and levels of <see cref="UnitKind"/>.</summary>
public static class UnitKinds
{
    private static readonly (UnitKind Kind, string Name, string Ascii)[] Table =
    [
        (UnitKind.Tinh, "tỉnh", "tinh"),
        (UnitKind.ThanhPho, "thành phố", "thanh pho"),
        (UnitKind.Huyen, "huyện", "huyen"),
        (UnitKind.ThiXa, "thị xã", "thi xa"),
        (UnitKind.Xa, "xã", "xa"),
        (UnitKind.Phuong, "phường", "phuong"),
        (UnitKind.ThiTran, "thị trấn", "thi tran"),
        (UnitKind.DacKhu, "đặc khu", "dac khu"),
    ];

    /// <summary>All names accepted in <c>units.yml</c>, for error messages.</summary>
    public static IEnumerable<string> Names => Table.Select(t => t.Name);

    /// <summary>The lower-case Vietnamese name: "thị trấn".</summary>
    public static string Name(this UnitKind kind)
    {
        foreach (var (k, name, _) in Table)
        {
            if (k == kind)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a unit kind");
    }

    /// <summary>Parses "huyện", "Huyện", "huyen", "thi-tran".</summary>
    public static bool TryParse(string text, out UnitKind kind)
    {
        var key = text.Trim().ToLowerInvariant().Replace('-', ' ').Replace('_', ' ');
        foreach (var (k, name, ascii) in Table)
        {
            if (key == name || key == ascii)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>
    /// Why a unit of this kind cannot stand under <paramref name="parent"/> (null: at the top of the tree), or null
    /// when it can. Both maps hold: since 1 July 2025 a province holds communes, wards and special zones directly
    /// (two tiers); before, it held districts that held communes, wards and townships (three tiers). A township
    /// (thị trấn) belongs to the old map only and a special zone (đặc khu) to the new one.
    /// </summary>
    public static UnitPlacementRule? PlacementProblem(UnitKind kind, Unit? parent)
    {
        var tier = Tier(kind, parent);
        return (parent?.Tier, tier) switch
        {
            (null, UnitTier.Province) => null,
            (null, _) => UnitPlacementRule.TopHoldsProvinces,
            (UnitTier.Province, UnitTier.District) => null,
            (UnitTier.Province, UnitTier.Commune) when kind == UnitKind.ThiTran => UnitPlacementRule.TownshipUnderDistrict,
            (UnitTier.Province, UnitTier.Commune) => null,
            (UnitTier.District, UnitTier.Commune) when kind == UnitKind.DacKhu => UnitPlacementRule.SpecialZoneUnderProvince,
            (UnitTier.District, UnitTier.Commune) => null,
            (UnitTier.District, _) => UnitPlacementRule.DistrictHoldsCommunes,
            (UnitTier.Commune, _) => UnitPlacementRule.CommuneHoldsNothing,
            _ => UnitPlacementRule.ProvinceHoldsDistrictsOrCommunes,
        };
    }

    /// <summary>
    /// The tier of a unit of this kind under <paramref name="parent"/>: a "thành phố" is a province when it stands at
    /// the top (trực thuộc trung ương) and a district under a province.
    /// </summary>
    public static UnitTier Tier(UnitKind kind, Unit? parent) => kind switch
    {
        UnitKind.Tinh => UnitTier.Province,
        UnitKind.ThanhPho => parent is null ? UnitTier.Province : UnitTier.District,
        UnitKind.Huyen or UnitKind.ThiXa => UnitTier.District,
        _ => UnitTier.Commune,
    };
}
