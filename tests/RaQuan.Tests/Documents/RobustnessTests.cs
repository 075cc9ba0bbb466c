using RaQuan.Documents;

namespace RaQuan.Tests.Documents;

/// <summary>The reader runs on whatever staff paste: it never throws and stays fast.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string, string> Inputs()
    {
        var random = new Random(20240220);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        return new()
        {
            { "empty", "" },
            { "random bytes", Encoding.UTF8.GetString(bytes) },
            { "random bytes as Latin-1", Encoding.Latin1.GetString(bytes) },
            { "only headings", string.Concat(Enumerable.Repeat("## I. MỤC ĐÍCH\n### 1. Nội dung\n", 200)) },
            { "5 MB of lines", string.Concat(Enumerable.Repeat("- Tỷ lệ lao động qua đào tạo đạt: 53,5%; vào lúc 08h30, thứ Ba, ngày 20/02/2024\tô\n", 60_000)) },
            { "5 MB on one line", new string('a', 2_000_000) + " Số: 1/KH ngày 20/02/2024 lúc 8h" + new string('9', 3_000_000) },
            { "unbalanced markup", "**KẾ HOẠCH\n¹²³⁽⁽⁾<sup>\n\t\t\t\n|||\n::: signature\n" },
        };
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Reader_never_throws_and_explains_what_is_missing(string kind, string text)
    {
        var reading = DocumentReader.Read(text);
        Assert.True(reading.Warnings.Count > 0, kind);
        Assert.NotNull(DocumentReadingJson.Write(reading));
        Assert.NotNull(DocumentReport.Format(reading));
    }
}
