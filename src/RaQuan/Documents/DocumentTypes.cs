namespace RaQuan.Documents;

/// <summary>Tên loại văn bản hành chính (Nghị định 30/2020/NĐ-CP, Phụ lục III) as they stand alone on their line.</summary>
internal static class DocumentTypes
{
    /// <summary>Công văn have no tên loại line; their trích yếu starts with "V/v" instead.</summary>
    public const string OfficialLetter = "Công văn";

    private static readonly Dictionary<string, string> ByUpperCase = new[]
    {
        "Kế hoạch", "Chương trình", "Thông báo", "Báo cáo", "Quyết định", "Giấy mời", "Chỉ thị", "Tờ trình",
        "Hướng dẫn", "Nghị quyết", "Công điện", "Thông cáo", "Đề án", "Phương án", "Quy chế", "Quy định",
        "Biên bản", "Hợp đồng", "Giấy giới thiệu", "Công văn", "Dự án", "Lời kêu gọi", "Thư mời", "Thư ngỏ",
        "Thông tư", "Thông tư liên tịch",
    }.ToDictionary(name => name.ToUpper(CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>The sentence-case type when <paramref name="plain"/> is a type name alone ("KẾ HOẠCH" → "Kế hoạch").</summary>
    public static string? Match(string plain)
    {
        if (plain.Length is 0 or > 20)
        {
            return null;
        }

        var key = plain.TrimEnd(':', '.', ' ').ToUpper(CultureInfo.InvariantCulture);
        return ByUpperCase.GetValueOrDefault(key);
    }
}
