namespace RaQuan.Tests.Search;

/// <summary>Names and words from the real plans in ../shared/seeds, spelled as they are there, with their folded form.</summary>
public static class FoldTable
{
    public static TheoryData<string, string> Names => new()
    {
        { "Đắk R'Lấp", "dak r'lap" },
        { "ĐẮK R'LẤP", "dak r'lap" },
        { "Kon Rẫy", "kon ray" },
        { "Đăk Hà", "dak ha" },
        { "Đắk Hà", "dak ha" },
        { "Lục Ba", "luc ba" },
        { "Ia H'Drai", "ia h'drai" },
        { "Ia Đal", "ia dal" },
        { "Đăk Tờ Re", "dak to re" },
        { "Đăk Pnê", "dak pne" },
        { "Kiến Đức", "kien duc" },
        { "Thái Nguyên", "thai nguyen" },
        { "Giáp Thìn", "giap thin" },
        { "Ủy ban nhân dân", "uy ban nhan dan" },
        { "Uỷ ban nhân dân", "uy ban nhan dan" },
        { "hòa", "hoa" },
        { "hoà", "hoa" },
        { "thủy lợi", "thuy loi" },
        { "thuỷ lợi", "thuy loi" },
        { "Số: 66/KH-UBND", "so: 66/kh-ubnd" },
        { "08^h^30'", "08^h^30'" },
        { "ngày 22 tháng 01 năm 2024", "ngay 22 thang 01 nam 2024" },
    };

    public static IEnumerable<string> AllTexts =>
        Names.Select(row => (string)row[0]).Concat(["Đắk\u00a0Hà\u2003 Kon\tTum\n", "Ha\u0300 (NFD)", "  ", "¹ ⁽²⁾ Ⅻ"]);
}
