using System.Text.RegularExpressions;

namespace RaQuan.Documents;

/// <summary>People's Committees and the administrative units they govern.</summary>
internal static partial class IssuerPatterns
{
    private const string Name = @"(?<name>\p{Lu}[\p{L}\p{M}'’]*(?:[ \-]\p{Lu}[\p{L}\p{M}'’]*){0,4})";

    /// <summary>"ỦY BAN NHÂN DÂN TỈNH KON TUM", "UBND XÃ LỤC BA" in the header.</summary>
    [GeneratedRegex(@"(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+(?<level>TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN)\s+(?<name>.+)$", RegexOptions.CultureInvariant)]
    public static partial Regex Header();

    /// <summary>
    /// "Ủy ban nhân dân tỉnh ban hành …", "UBND xã Lục Ba xây dựng …": the committee as the subject of a sentence,
    /// never after "của" (which cites another body's document).
    /// </summary>
    [GeneratedRegex(@"(?:^|[.;:]\s+)(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?<level>tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\b\s*" + Name + @"?\s*(?<verb>ban hành|xây dựng|phát động|tổ chức|triển khai|thông báo|báo cáo|quyết định|hướng dẫn|lập|đề nghị|yêu cầu|kính mời|trân trọng)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Subject();

    /// <summary>"trên địa bàn xã Đắk La", "tỉnh Kon Tum": a unit named in running text.</summary>
    [GeneratedRegex(@"\b(?<level>tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s+" + Name, RegexOptions.CultureInvariant)]
    public static partial Regex Named();
}
