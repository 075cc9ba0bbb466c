namespace RaQuan.Documents;

/// <summary>
/// Text copied from a web portal: the page's furniture before the document (site name, breadcrumbs, "Hôm nay: …",
/// counters, the title repeated, a metadata table "Số hiệu: / Loại văn bản: / Ngày ban hành: …") and after it
/// ("Tin liên quan", share buttons). Finds where the document starts — its header, at the national motto or the
/// agency lines above it — and where it ends, and keeps the metadata table as a fallback for the header's fields.
/// </summary>
internal static partial class WebPage
{
    // A page's furniture rarely runs past this; a document's own motto is never further down.
    private const int SearchLines = 300;

    // A header line is short; a longer one (a megabyte of pasted text) is never searched for the motto.
    private const int LongestHeaderLine = 400;

    // The agency's name above the motto, its wrapped words, bars and rules included; blank lines are not counted.
    private const int AgencyLines = 12;

    // The page's heading is among its first lines, before the document.
    private const int HeadingLines = 12;

    /// <summary>What the portal's metadata table says, for fields the header lacks.</summary>
    public sealed record Metadata(string? Number, DateOnly? Date, string? Type, int Line);

    /// <summary>Repairs what copying from a page does to the text: escaped quotes, a type name run into the title.</summary>
    public static string Repair(string text)
    {
        var s = text.Contains("\\\"", StringComparison.Ordinal) ? text.Replace("\\\"", "\"", StringComparison.Ordinal) : text;

        // "\r\n" typed out: a page that printed its source's line breaks as escapes instead of breaking the line.
        if (EscapedBreak().Count(s) >= 3)
        {
            s = EscapedBreak().Replace(s, "\n");
        }

        s = FlattenedMotto().Replace(s, "${agency}\t${motto}");
        s = FlattenedMotto2().Replace(s, "\n${motto}");
        return RunTogetherType().Replace(s, m => m.Groups["type"].Value + "\n" + m.Groups["rest"].Value);
    }

    /// <summary>
    /// Blanks the lines before the document's header and after its end (line numbers stay), and reads the portal's
    /// metadata table among the lines before it.
    /// </summary>
    public static (IReadOnlyList<SourceLine> Lines, Metadata? Metadata) Trim(IReadOnlyList<SourceLine> lines)
    {
        var start = Start(lines);
        if (start <= 0)
        {
            return (HeaderRepair.Repair(lines, 0), null);
        }

        var metadata = ReadMetadata(lines, start);
        var trimmed = HeaderRepair.Repair(lines, start).Select((l, i) => i < start ? l with { Text = "", Plain = "" } : l).ToList();
        var end = trimmed.FindIndex(start, l => PageEnd().IsMatch(l.Plain));
        if (end > 0 && trimmed.Skip(start).Take(end - start).Any(l => ClosingPatterns.Recipients().IsMatch(l.Plain)))
        {
            for (var i = end; i < trimmed.Count; i++)
            {
                trimmed[i] = trimmed[i] with { Text = "", Plain = "" };
            }
        }

        return (trimmed, metadata);
    }

    // The national motto, then back over the agency lines beside or above it (a flattened or split header).
    private static int Start(IReadOnlyList<SourceLine> lines)
    {
        var limit = Math.Min(lines.Count, SearchLines);
        var motto = -1;
        for (var i = 0; i < limit && motto < 0; i++)
        {
            motto = lines[i].Plain.Length <= LongestHeaderLine && Motto().IsMatch(lines[i].Plain) ? i : -1;
        }

        // A quốc hiệu mistyped ("CỘNG HÒA XÃ HỌI") still has its tiêu ngữ below it.
        for (var i = 0; i < limit && motto < 0; i++)
        {
            motto = lines[i].Plain.Length <= LongestHeaderLine && TiêuNgữ().IsMatch(lines[i].Plain) ? i : -1;
        }

        if (motto < 0)
        {
            return -1;
        }

        var start = motto;
        var seen = 0;
        for (var i = motto - 1; i >= 0 && seen < AgencyLines; i--)
        {
            var plain = lines[i].Plain;
            seen += plain.Length == 0 ? 0 : 1;
            if (plain.Length == 0 || plain == "|" || HeaderPatterns.NationalMotto().IsMatch(plain))
            {
                // Blank lines, table-cell bars and the rules drawn under the agency's name.
                continue;
            }

            if (plain.StartsWith("Số", StringComparison.Ordinal) && plain.Length <= 80 && HeaderPatterns.Number().Match(plain) is { Success: true } n && n.Groups["code"].Success)
            {
                // The number sits under the agency's name when the columns are copied one after the other.
                start = i;
                continue;
            }

            if (plain.Length > 80 || !IsUpperCase(plain) || PortalFurniture.Is(plain))
            {
                break;
            }

            start = i;
        }

        return start;
    }

    /// <summary>
    /// The page's own heading when it names the document ("Giấy mời dự Lễ phát động …", "THÔNG BÁO VỀ VIỆC …"): the
    /// type and title of a document posted without its header.
    /// </summary>
    public static (string Type, string Title, int Line)? Heading(IReadOnlyList<SourceLine> lines)
    {
        var seen = 0;
        for (var i = 0; i < lines.Count && seen < HeadingLines; i++)
        {
            var plain = lines[i].Plain;
            if (plain.Length == 0)
            {
                continue;
            }

            seen++;
            // A Markdown heading ("# Kế hoạch trồng cây") is the staff's own title for a plan, not a page's heading.
            if (plain.Length <= LongestHeaderLine && !lines[i].Text.TrimStart().StartsWith('#') && HeadingLine().Match(plain) is { Success: true } m && DocumentTypes.Match(m.Groups["type"].Value) is { } type)
            {
                return (type, HeadingNumber().Replace(m.Groups["rest"].Value, "").Trim(), lines[i].Number);
            }
        }

        return null;
    }

    /// <summary>The type its number's code stands for ("41/2019/QĐ-UBND": Quyết định).</summary>
    public static string? TypeOfNumber(string number)
    {
        foreach (var segment in number.Split('/', '-').Skip(1))
        {
            if (TypeCodes.TryGetValue(segment, out var type))
            {
                return type;
            }
        }

        return null;
    }

    private static readonly Dictionary<string, string> TypeCodes = new(StringComparer.Ordinal)
    {
        ["KH"] = "Kế hoạch", ["QĐ"] = "Quyết định", ["TB"] = "Thông báo", ["GM"] = "Giấy mời", ["CTr"] = "Chương trình",
        ["NQ"] = "Nghị quyết", ["BC"] = "Báo cáo", ["CT"] = "Chỉ thị", ["HD"] = "Hướng dẫn", ["TTr"] = "Tờ trình",
        ["CĐ"] = "Công điện", ["TTLT"] = "Thông tư liên tịch", ["TT"] = "Thông tư",
    };

    private static Metadata? ReadMetadata(IReadOnlyList<SourceLine> lines, int before)
    {
        string? number = null, type = null;
        DateOnly? date = null;
        var at = 0;
        for (var i = 0; i < before; i++)
        {
            var m = MetadataField().Match(lines[i].Plain);
            if (!m.Success)
            {
                continue;
            }

            var value = m.Groups["value"].Value.Trim();
            if (value.Length == 0 && i + 1 < before)
            {
                value = lines[i + 1].Plain.Trim();
            }

            var key = SearchFold.Fold(m.Groups["key"].Value);
            at = at == 0 ? lines[i].Number : at;
            if (key is "so hieu" or "so ky hieu" && NumberValue().IsMatch(value))
            {
                number ??= value.Replace(" ", "", StringComparison.Ordinal);
            }
            else if (key == "ngay ban hanh" && DateTime.TryParseExact(value, ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                date ??= DateOnly.FromDateTime(d);
            }
            else if (key is "loai van ban" or "the loai")
            {
                type ??= DocumentTypes.Match(value);
            }
        }

        return number is null && date is null && type is null ? null : new Metadata(number, date, type, at);
    }

    private static bool IsUpperCase(string text) =>
        text.Any(char.IsLetter) && text.Where(char.IsLetter).All(c => char.IsUpper(c) || !char.IsLower(c));

    [GeneratedRegex(@"(?:^|\t|\s{2,}|\s)(?:CỘNG\s+H(?:OÀ|ÒA|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam)|^CỘNG\s+H(?:OÀ|ÒA|OA)\s*XÃ\s+HỘI|^ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM$", RegexOptions.CultureInvariant)]
    private static partial Regex Motto();

    [GeneratedRegex(@"^Độc\s+lập\s*[-–—]?\s*Tự\s+do\s*[-–—]?\s*Hạnh\s+phúc", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TiêuNgữ();

    [GeneratedRegex(@"^(?<type>Kế\s+hoạch|Quyết\s+định|Thông\s+báo|Giấy\s+mời|Chương\s+trình|Thư\s+mời|Thư\s+ngỏ)\s+(?!số\b)(?<rest>\S.{5,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingLine();

    // "612/QĐ-UBND năm 2020 về …": the number the page puts before the trích yếu.
    [GeneratedRegex(@"^\d{1,6}/\S+(?:\s+năm\s+\d{4})?\s+(?:về\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"(?:\\r)?\\n")]
    private static partial Regex EscapedBreak();

    [GeneratedRegex(@"^(?<key>Số\s+hiệu|Số\s+ký\s+hiệu|Ngày\s+ban\s+hành|Loại\s+văn\s+bản|Thể\s+loại|Nơi\s+ban\s+hành|Cơ\s+quan\s+ban\s+hành|Người\s+ký|Tình\s+trạng|Ngày\s+hiệu\s+lực)\s*:?\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetadataField();

    [GeneratedRegex(@"^\d{1,6}[a-zđ]?\s*/\s*[\p{Lu}\d]", RegexOptions.CultureInvariant)]
    private static partial Regex NumberValue();

    // The portal's own lists after the document.
    [GeneratedRegex(@"^(?:Tin\s+liên\s+quan|Các\s+tin\s+khác|Tin\s+khác|Văn\s+bản\s+liên\s+quan|Văn\s+bản\s+khác|Bình\s+luận|Ý\s+kiến\s+bạn\s+đọc|Chia\s+sẻ|Tải\s+về|In\s+trang|Xem\s+thêm)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageEnd();

    // "ỦY BAN NHÂN DÂN HUYỆN X CỘNG HÒA XÃ HỘI …": the header's two columns flattened into one line.
    [GeneratedRegex(@"(?m)^(?<agency>[\p{Lu}\p{M}\d ,.\-]{3,120}?)[ ]{1,40}(?<motto>CỘNG\s+H(?:OÀ|ÒA|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM)", RegexOptions.CultureInvariant)]
    private static partial Regex FlattenedMotto();

    [GeneratedRegex(@"(?<=VIỆT\s+NAM)[ \t]{1,40}(?<motto>Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc)", RegexOptions.CultureInvariant)]
    private static partial Regex FlattenedMotto2();

    // "KẾ HOẠCHTỔ CHỨC …": the type name run into the capitals of the title.
    [GeneratedRegex(@"(?m)^(?<type>KẾ HOẠCH|QUYẾT ĐỊNH|THÔNG BÁO|GIẤY MỜI|CHƯƠNG TRÌNH|BÁO CÁO|CHỈ THỊ|HƯỚNG DẪN|CÔNG ĐIỆN)(?<rest>\p{Lu}[\p{Lu}\p{M} ][^\n]{0,300})$", RegexOptions.CultureInvariant)]
    private static partial Regex RunTogetherType();
}
