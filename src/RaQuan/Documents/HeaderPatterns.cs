using System.Text.RegularExpressions;

namespace RaQuan.Documents;

/// <summary>The header parts of Nghị định 30/2020/NĐ-CP as they survive copy and paste.</summary>
internal static partial class HeaderPatterns
{
    /// <summary>"Số: 66/KH-UBND", "Số: 719/QĐ-TTg", "Số: 45 /KH-UBND", "Số:    111   /CV - UBND", "Số: /KH-UBND", "Số: 12-KH/TU".</summary>
    [GeneratedRegex(@"^Số\s*:?\s*(?<n>\d{1,6}[a-zđ]?)?\s*(?<code>[/-]\s*[\p{Lu}\d][\p{Lu}\d]*(?:\s*[-/.&]\s*[\p{Lu}\d][\p{L}\d]*){0,6})?", RegexOptions.CultureInvariant)]
    public static partial Regex Number();

    /// <summary>The number alone on the line after "Số:".</summary>
    [GeneratedRegex(@"^(?<n>\d{1,6}[a-zđ]?)?\s*(?<code>[/-]\s*[\p{Lu}\d][\p{Lu}\d]*(?:\s*[-/.&]\s*[\p{Lu}\d][\p{L}\d]*){0,6})$", RegexOptions.CultureInvariant)]
    public static partial Regex BareNumber();

    /// <summary>"Lục Ba, ngày 22 tháng 01 năm 2024", "Đắk La, ngày   tháng   năm 2024", "Hà Nội, ngày 22/01/2024".</summary>
    [GeneratedRegex(@"(?<place>\p{Lu}[\p{L}\p{M}'’ .\-]{0,40}?)\s*,\s*ngày\s*(?<d>\d{1,2})?\s*(?:tháng|[/.\-])\s*(?<m>\d{1,2})?\s*(?:năm|[/.\-])\s*(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PlaceAndDate();

    /// <summary>Quốc hiệu and tiêu ngữ, and the rules drawn under them.</summary>
    [GeneratedRegex(@"^(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|ĐẢNG CỘNG SẢN VIỆT NAM|[-_–—=*.~\s]{3,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NationalMotto();

    /// <summary>Trích yếu of a công văn.</summary>
    [GeneratedRegex(@"^V/v\.?\s*(?<title>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Subject();

    /// <summary>Lines that open the content: legal grounds, addressees, the first section.</summary>
    [GeneratedRegex(@"^(?:Căn cứ|Thực hiện|Kính gửi|Để\s|Hưởng ứng|Nhằm|Theo\s|[IVX]{1,5}\s*[.)/]\s|\d{1,2}\s*[.)]\s|[a-zđ]\)\s|[-+•]\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ContentStart();
}
