namespace RaQuan.Documents;

/// <summary>
/// Lines a web portal wraps around a document (visit counters, "Ngày cập nhật …", post timestamps, share links).
/// Staff copy them along with the text; they say nothing about the document and their dates are not its date.
/// </summary>
internal static partial class PortalFurniture
{
    public static bool Is(string plain) => plain.Length <= 200 && Furniture().IsMatch(plain);

    /// <summary>"Thứ Ba, 12/03/2024" is a post timestamp, never the địa danh of a date line.</summary>
    public static bool IsWeekday(string place) => Weekday().IsMatch(place.Trim());

    [GeneratedRegex(
        @"^(?:(?:Số\s+)?lượt\s+(?:xem|truy\s+cập|đọc)|Lượt\s+xem|Đang\s+(?:truy\s+cập|online)|Tổng\s+(?:số\s+)?(?:lượt\s+)?truy\s+cập|Hôm\s+nay\s*:|Ngày\s+cập\s+nhật|Cập\s+nhật\s+(?:lúc|ngày)?|Ngày\s+đăng|Đăng\s+(?:lúc|ngày)|Ngày\s+xuất\s+bản|Người\s+đăng|Nguồn\s*:|Tác\s+giả\s*:|Bản\s+in|In\s+bài|Gửi\s+email|Chia\s+sẻ|Tải\s+về|Tệp\s+đính\s+kèm|File\s+đính\s+kèm|Tin\s+(?:liên\s+quan|khác|mới)|Các\s+tin\s+khác|Quay\s+lại|Về\s+đầu\s+trang|Đầu\s+trang|Trang\s+chủ\s*[>»/]|(?:Thứ\s+\S+|Chủ\s+nhật)\s*,?\s*(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4}\s*[|,-]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?$|\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM)?\s*\d{1,2}/\d{1,2}/\d{4}$|Ngày\s+\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$|Lượt\s+xem\s*:|Số\s+lượt\s+xem)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^(?:Thứ\s+\S+|Chủ\s+nhật|T[2-7]|CN)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();
}
