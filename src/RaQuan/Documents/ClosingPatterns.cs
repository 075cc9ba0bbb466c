namespace RaQuan.Documents;

/// <summary>Nơi nhận and the signature block (quyền hạn, chức vụ, họ tên người ký).</summary>
internal static partial class ClosingPatterns
{
    [GeneratedRegex(@"^Nơi\s+nhận\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Recipients();

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC", "TL.", "TUQ.", "P.CHỦ TỊCH", or a bare office.</summary>
    [GeneratedRegex(
        @"^(?:(?:TM|KT|Q|TL|TUQ|T/M|K/T)\s*\.\s*\p{Lu}|P\s*\.\s*\p{Lu}|(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|TRƯỞNG\s+BAN|TRƯỞNG\s+PHÒNG|CHÁNH\s+VĂN\s+PHÒNG|BÍ\s+THƯ|CHỦ\s+NHIỆM|THỦ\s+TRƯỞNG|TRƯỞNG\s+ĐOÀN|TỔ\s+TRƯỞNG|HIỆU\s+TRƯỞNG|TRƯỞNG\s+THÔN|CỤC\s+TRƯỞNG|VIỆN\s+TRƯỞNG|CHÁNH\s+THANH\s+TRA)\b)",
        RegexOptions.CultureInvariant)]
    public static partial Regex Authority();

    /// <summary>"(Đã ký)", "(Ký tên, đóng dấu)": placeholders between the office and the name.</summary>
    [GeneratedRegex(@"^[(\[]?\s*(?:đã\s+ký|ký|ký\s+tên[^)\]]*|ký,?\s+ghi\s+rõ[^)\]]*|đóng\s+dấu[^)\]]*|signed|daky)\s*[)\]]?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SignedPlaceholder();

    /// <summary>A person's name: two to six capitalised words.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’]*(?:\s+\p{Lu}[\p{L}\p{M}'’]*){1,5}$", RegexOptions.CultureInvariant)]
    public static partial Regex PersonName();

    [GeneratedRegex(@"^[-+•–]\s*(?<item>.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex Item();
}
