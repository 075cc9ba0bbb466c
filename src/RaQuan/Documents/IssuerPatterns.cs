namespace RaQuan.Documents;

/// <summary>People's Committees and the administrative units they govern.</summary>
internal static partial class IssuerPatterns
{
    private const string Name = @"(?<name>\p{Lu}[\p{L}\p{M}'’]*(?:[ \-]\p{Lu}[\p{L}\p{M}'’]*){0,4})";

    /// <summary>"ỦY BAN NHÂN DÂN TỈNH KON TUM", "UBND XÃ LỤC BA", "HỘI ĐỒNG NHÂN DÂN HUYỆN ĐẮK HÀ" in the header.</summary>
    [GeneratedRegex(@"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\s+(?<level>TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN)\s+(?<name>.+)$", RegexOptions.CultureInvariant)]
    public static partial Regex Header();

    /// <summary>
    /// "Ủy ban nhân dân tỉnh ban hành …", "UBND xã Lục Ba xây dựng …": the committee as the subject of a sentence,
    /// never after "của" (which cites another body's document); a clause after a comma counts.
    /// </summary>
    [GeneratedRegex(@"(?:^|[.;:,]\s+)(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?<level>tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\b\s*" + Name + @"?\s*(?<verb>ban hành|xây dựng|phát động|tổ chức|triển khai|thông báo|báo cáo|quyết định|hướng dẫn|lập|đề nghị|yêu cầu|kính mời|trân trọng)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Subject();

    /// <summary>"trên địa bàn xã Đắk La", "tỉnh Kon Tum": a unit named in running text.</summary>
    [GeneratedRegex(@"\b(?<level>tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s+" + Name, RegexOptions.CultureInvariant)]
    public static partial Regex Named();

    /// <summary>"ỦY BAN NHÂN DÂN" alone: the committee's unit is on a line the copy lost.</summary>
    [GeneratedRegex(@"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)$", RegexOptions.CultureInvariant)]
    public static partial Regex CommitteeAlone();

    /// <summary>"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN HUYỆN ĐẮK HÀ": the authority line below a quyết định's trích yếu.</summary>
    [GeneratedRegex(@"^(?:CHỦ TỊCH\s+)?(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(?<level>TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN)(?:\s+(?<name>\p{Lu}[\p{Lu}\p{M}'’ \-]{1,60}))?$", RegexOptions.CultureInvariant)]
    public static partial Regex Authority();

    /// <summary>
    /// Words that open a body's name in the header (ND 30/2020, Phụ lục I): a line starting so is a body of its own;
    /// any other line ("TỈNH KON TUM", "QUỐC HỘI") continues the one above.
    /// </summary>
    [GeneratedRegex(@"^(?:ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND|SỞ|PHÒNG|BAN(?!\s+HÀNH)|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|ĐẢNG ĐOÀN|CHI BỘ|HỘI|MẶT TRẬN|ỦY BAN MTTQ|MTTQ|ĐOÀN|BCH|TRƯỜNG|CÔNG AN|BỘ|VĂN PHÒNG|THỦ TƯỚNG|CHÍNH PHỦ|TRUNG TÂM|BỆNH VIỆN|TRẠM|CHI CỤC|CỤC|TỔNG CỤC|LIÊN ĐOÀN|LIÊN MINH|QUÂN SỰ|BAN CHỈ HUY|BỘ CHỈ HUY|HẠT|ĐỒN|HUYỆN ĐOÀN|TỈNH ĐOÀN|THÀNH ĐOÀN)\b", RegexOptions.CultureInvariant)]
    public static partial Regex BodyStart();

    /// <summary>"… TỈNH NINH THUẬN", "… XÃ ĐỨC HỢP": the unit a body's name in capitals ends with.</summary>
    [GeneratedRegex(@"\b(?<level>TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN)\s+(?<name>\p{Lu}[\p{Lu}\p{M}'’\-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’\-]*){0,4})$", RegexOptions.CultureInvariant)]
    public static partial Regex UnitInHeader();

    /// <summary>Abbreviations kept in capitals in a body's name.</summary>
    [GeneratedRegex(@"^(?:UBND|HĐND|MTTQ|TNCS|BCH|THCS|THPT|TW|VN|PTNT|CAND|QĐND|TDTT|HTX|CCB|LĐLĐ|VHTT|GD&ĐT|GDĐT|NN&PTNT|TN&MT|LĐTB&XH|KH&ĐT|VH-TT&DL|[IVX]+)$", RegexOptions.CultureInvariant)]
    public static partial Regex Abbreviation();
}
