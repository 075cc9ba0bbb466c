namespace RaQuan.Documents;

/// <summary>"vào lúc 08^h30', thứ Ba, ngày 20 tháng 02 năm 2024", "từ 7h30 -9h00, Thứ ba, ngày 06/02/2018", "15 giờ ngày 24/4/2022".</summary>
internal static partial class EventPatterns
{
    private const string Time = @"\d{1,2}\s*(?:\^?h|giờ)(?:\s*\d{2})?(?:\s*(?:'|phút))?|\d{1,2}:\d{2}";
    private const string Date = @"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}";

    /// <summary>A cheap test run before the patterns: most lines of a plan hold no date at all.</summary>
    public static bool MayHoldDate(string plain) =>
        plain.Contains('/', StringComparison.Ordinal) || plain.Contains("tháng", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<![\d.,/:])(?<t1>" + Time + @")(?:\s*(?:-|–|đến)\s*(?<t2>" + Time + @"))?[^.;]{0,50}?(?<!\d)(?<date>" + Date + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TimeThenDate();

    [GeneratedRegex(@"(?<date>" + Date + @")[^.;]{0,30}?\blúc\s+(?<t1>" + Time + @")(?:\s*(?:-|–|đến)\s*(?<t2>" + Time + "))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DateThenTime();

    [GeneratedRegex(@"\b(?<wd>thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Weekday();

    [GeneratedRegex(@"^\s*\(?\s*(?:tại|ở)\s+(?<place>[^.;()]{3,120})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PlaceAfter();

    // "Địa điểm: …", "3. Địa điểm: Tại …": an invitation numbers its parts.
    [GeneratedRegex(@"^(?:\d{1,2}\s*[.)/]\s*|[a-zđ]\)\s*|[-+•]\s*)?Địa\s+điểm(?:\s+tổ\s+chức)?\s*:\s*(?:tại\s+)?(?<place>[^.;]{3,120})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PlaceLine();

    /// <summary>"Thành phần mời:", "1. Thành phần tham dự:": the list of who attends follows.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}\s*[.)/]\s*|[a-zđ]\)\s*)?Thành\s+phần(?:\s+(?:mời|tham\s+dự|dự))?\s*:\s*(?<inline>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AttendeesLine();

    [GeneratedRegex(@"(?:trước|chậm\s+nhất(?:\s+là)?|hạn\s+chót|không\s+muộn\s+hơn)\s+(?:ngày\s+)?(?<date>\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Deadline();
}
