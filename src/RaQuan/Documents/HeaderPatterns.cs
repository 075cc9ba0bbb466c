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

    /// <summary>"Lục Ba, ngày 22 tháng 01 năm 2024", "Đắk La, ngày   tháng   năm 2024", "Đắk La, ngày ….. tháng 12 năm 2024" (a draft's blanks), "Hà Nội, ngày 22/01/2024".</summary>
    [GeneratedRegex(@"(?<place>\p{Lu}[\p{L}\p{M}'’ .\-]{0,40}?)\s*,\s*ngày\s*(?:(?<d>\d{1,2})|[.…_]{1,12})?\s*(?:tháng|[/.\-])\s*(?:(?<m>\d{1,2})|[.…_]{1,12})?\s*(?:năm|[/.\-])\s*(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PlaceAndDate();

    /// <summary>
    /// Quốc hiệu and tiêu ngữ (their dashes often dropped by a page, a letter of "XÃ HỘI" garbled), the Party's and
    /// the Youth Union's mottos, and the rules and single star drawn under them.
    /// </summary>
    [GeneratedRegex(@"^(?:CỘNG\s*H(?:OÀ|ÒA|OA)\s*X\S{0,2}\s*H\S{1,3}\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc lập\s*[-–—]?\s*Tự do\s*[-–—]?\s*Hạnh phúc|ĐẢNG CỘNG SẢN VIỆT NAM|ĐOÀN TNCS HỒ CHÍ MINH|[-_–—=*.~\s]{3,}|\*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NationalMotto();

    /// <summary>
    /// The line naming the authority that issues a quyết định or nghị quyết, in capitals below its trích yếu
    /// ("ỦY BAN NHÂN DÂN TỈNH …", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN", "HỘI ĐỒNG NHÂN DÂN …", "THỦ TƯỚNG CHÍNH PHỦ").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|TRƯỞNG\s+BAN|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|CHỦ\s+NHIỆM|HIỆU\s+TRƯỞNG)\b|(?:ỦY|UỶ)\s+BAN\s+(?:NHÂN\s+DÂN|THƯỜNG\s+VỤ)|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|BAN\s+THƯỜNG\s+VỤ|BAN\s+CHẤP\s+HÀNH)[\p{Lu}\p{M}\d\s,.\-]{0,120}$", RegexOptions.CultureInvariant)]
    public static partial Regex Authority();

    /// <summary>Words a wrapped trích yếu line ends in when its sentence goes on ("… QUY CHẾ LÀM VIỆC CỦA" / "ỦY BAN …").</summary>
    [GeneratedRegex(@"\b(?:CỦA|VÀ|VỚI|CHO|TẠI|THUỘC|GIỮA|VỀ|CÁC|TRONG|ĐẾN|TỚI|LÀ|DO|BỞI)$", RegexOptions.CultureInvariant)]
    public static partial Regex OpenEnd();

    /// <summary>"Nghị quyết số: 12/2024/NQ-HĐND": the number line led by the type's name, as legal-document sites print it.</summary>
    [GeneratedRegex(@"^(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Thông\s+tư(?:\s+liên\s+tịch)?|Nghị\s+định|Luật|Pháp\s+lệnh|Lệnh)\s+(?=số\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TypedNumber();

    /// <summary>"/QĐUBND": the dash between the type's code and the committee's dropped by a page ("/QĐ-UBND").</summary>
    [GeneratedRegex(@"(?<=/)(?<type>KH|QĐ|TB|GM|CTr|NQ|BC|CT|HD|TTr|CĐ|TTLT)(?<body>UBND|HĐND)$", RegexOptions.CultureInvariant)]
    public static partial Regex GluedCode();

    /// <summary>Trích yếu of a công văn.</summary>
    [GeneratedRegex(@"^V/v\.?\s*(?<title>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Subject();

    /// <summary>Lines that open the content: legal grounds, addressees, the first section.</summary>
    [GeneratedRegex(@"^(?:Căn cứ|Thực hiện|Kính gửi|Để\s|Hưởng ứng|Nhằm|Theo\s|[IVX]{1,5}\s*[.)/]\s|\d{1,2}\s*[.)]\s|[a-zđ]\)\s|[-+•]\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ContentStart();
}
