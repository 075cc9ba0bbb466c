namespace RaQuan.Vietnamese;

public static partial class VietnameseDate
{
    // Vietnamese counts weekdays from Sunday as day one, so Monday is "Thứ Hai" (the second day) and "T2".
    private static readonly string[] WeekdayNames =
        ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    // Folded spellings; "bay" also covers the common spelling "bẩy".
    private static readonly string[] WeekdayWords = ["", "hai", "ba", "tu", "nam", "sau", "bay"];

    /// <summary>"Thứ Hai" … "Thứ Bảy", "Chủ nhật".</summary>
    public static string WeekdayName(DayOfWeek d) =>
        d is >= DayOfWeek.Sunday and <= DayOfWeek.Saturday
            ? WeekdayNames[(int)d]
            : throw new ArgumentOutOfRangeException(nameof(d), d, "not a day of the week");

    /// <summary>Parses "thứ Ba", "Thứ 3", "T3", "Chủ nhật" and "CN", in any case and with or without diacritics.</summary>
    public static bool TryParseWeekday(string text, out DayOfWeek d)
    {
        d = default;
        var folded = SearchFold.Fold(text).Trim(',', '.', ' ');
        if (folded is "chu nhat" or "cn")
        {
            d = DayOfWeek.Sunday;
            return true;
        }

        string rest;
        if (folded.StartsWith("thu ", StringComparison.Ordinal))
        {
            rest = folded[4..];
        }
        else if (folded.Length == 2 && folded[0] == 't')
        {
            rest = folded[1..];
        }
        else
        {
            return false;
        }

        var index = rest is [>= '2' and <= '7'] ? rest[0] - '1' : Array.IndexOf(WeekdayWords, rest, 1);
        if (index < 1)
        {
            return false;
        }

        d = (DayOfWeek)index;
        return true;
    }
}
