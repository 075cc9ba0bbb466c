namespace RaQuan.Documents;

/// <summary>
/// Undoes what a web page's layout does to the two-column header when it is copied: table cells arrive as lines of
/// "|" or end in " |", columns are padded apart with spaces, and a cell's words wrap onto the next line ("ỦY" /
/// "BAN NHÂN DÂN", "CỘNG" / "HÒA XÃ HỘI …", "Tam" / "Kỳ, ngày …", "Sóc Trăng, ngày" / "27 tháng 09 năm 2022").
/// Only the header's lines are touched; line numbers stay.
/// </summary>
internal static partial class HeaderRepair
{
    // The header of ND 30/2020 fits in a dozen lines; copied cells at most double them.
    private const int HeaderLines = 40;

    // Lines longer than this are content, never a header cell; each pattern below is bounded by it.
    private const int LongestCell = 300;

    public static List<SourceLine> Repair(IReadOnlyList<SourceLine> lines, int start)
    {
        var result = lines.ToList();
        var end = Math.Min(result.Count, start + HeaderLines);
        for (var i = start; i < end; i++)
        {
            var text = result[i].Text;
            if (text.Length > LongestCell || text.TrimStart().StartsWith('|') && text.Trim().Length > 1)
            {
                // A Markdown pipe table starts with "|": it is the staff's, not the page's.
                continue;
            }

            var repaired = Cells(text);
            if (repaired != text)
            {
                result[i] = With(result[i], repaired);
            }
        }

        for (var i = start; i < end; i++)
        {
            var j = i + 1;
            while (j < end && j <= i + 2 && result[j].IsBlank)
            {
                j++;
            }

            if (j < end && !result[i].IsBlank && !result[j].IsBlank && Continues(result[i].Plain, result[j].Plain))
            {
                result[i] = With(result[i], result[i].Text.TrimEnd() + " " + result[j].Text.TrimStart());
                result[j] = result[j] with { Text = "", Plain = "" };
                i--;
            }
        }

        return result;
    }

    private static string Cells(string text)
    {
        if (text.Trim() == "|")
        {
            return "";
        }

        // "Số: 41/2019/QĐ-UBND | Quảng Trị, ngày … |": a row of the page's layout table, its cells set apart by bars.
        var s = TrailingPipe().IsMatch(text) ? InnerPipe().Replace(TrailingPipe().Replace(text, ""), "\t") : text;
        s = Stars().Replace(s, "");
        s = PaddedColumns().Replace(s.Trim(), "\t");
        return TiêuNgữBeside().Replace(s, "${agency}\t${motto}");
    }

    // Two lines that are one cell of the header, wrapped.
    private static bool Continues(string first, string next)
    {
        if (first.Contains('\t', StringComparison.Ordinal) || next.Contains('\t', StringComparison.Ordinal) || first.Length > 60)
        {
            return false;
        }

        var joined = first + " " + next;
        if (Motto().IsMatch(joined) && !Motto().IsMatch(first))
        {
            return true;
        }

        if (Body().Match(joined) is { Success: true } body && first.Length < body.Length && HeaderReader.IsUpperCase(first + "X"))
        {
            return true;
        }

        return DateCut().IsMatch(first) && DayMonthYear().IsMatch(next)
            || PlaceWord().IsMatch(first) && PlaceRest().IsMatch(next);
    }

    private static SourceLine With(SourceLine line, string text) => line with { Text = text, Plain = SourceText.ToPlain(text) };

    [GeneratedRegex(@"[ \t]*\|[ \t]*$")]
    private static partial Regex TrailingPipe();

    [GeneratedRegex(@"(?<=\S)[ \t]{1,40}\|[ \t]{1,40}(?=\S)")]
    private static partial Regex InnerPipe();

    // "TỈNH AN GIANG******": the asterisks a page draws under the header's lines.
    [GeneratedRegex(@"\*{3,}")]
    private static partial Regex Stars();

    // "ỦY BAN NHÂN DÂN          CỘNG HÒA …": columns padded apart with spaces.
    [GeneratedRegex(@"(?<=\S) {6,}(?=\S)")]
    private static partial Regex PaddedColumns();

    // "TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc": the agency's second line beside the tiêu ngữ.
    [GeneratedRegex(@"^(?<agency>[\p{Lu}\p{M}\d ,.\-]{3,120}?) {1,40}(?<motto>Độc\s{1,5}lập\s{0,5}[-–]\s{0,5}Tự\s{1,5}do\s{0,5}[-–]\s{0,5}Hạnh\s{1,5}phúc)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TiêuNgữBeside();

    [GeneratedRegex(@"^CỘNG\s+H(?:OÀ|ÒA|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM$", RegexOptions.CultureInvariant)]
    private static partial Regex Motto();

    [GeneratedRegex(@"^(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|^HỘI\s+ĐỒNG\s+NHÂN\s+DÂN", RegexOptions.CultureInvariant)]
    private static partial Regex Body();

    // "Sóc Trăng, ngày" / "27 tháng 09 năm 2022".
    [GeneratedRegex(@",\s*ngày$", RegexOptions.CultureInvariant)]
    private static partial Regex DateCut();

    [GeneratedRegex(@"^\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    // "Tam" / "Kỳ, ngày 19 tháng 6 năm 2007": the địa danh wrapped inside its cell.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{0,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceWord();

    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}]{0,10}(?: \p{Lu}[\p{L}\p{M}]{0,10})?\s*,\s*ngày\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceRest();
}
