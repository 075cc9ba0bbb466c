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
    /// The lowest level a unit of this kind can sit at: 1 province, 2 district, 3 commune. A "thành phố" is
    /// either province-level (trực thuộc trung ương) or district-level, so its level comes from where it stands.
    /// </summary>
    public static int MinimumLevel(this UnitKind kind) => kind switch
    {
        UnitKind.Tinh or UnitKind.ThanhPho => 1,
        UnitKind.Huyen or UnitKind.ThiXa => 2,
        _ => 3,
    };

    /// <summary>The highest level a unit of this kind can sit at.</summary>
    public static int MaximumLevel(this UnitKind kind) => kind switch
    {
        UnitKind.Tinh => 1,
        UnitKind.ThanhPho or UnitKind.Huyen or UnitKind.ThiXa => 2,
        _ => 3,
    };
}
