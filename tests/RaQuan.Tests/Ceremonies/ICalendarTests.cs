using RaQuan.Ceremonies;

namespace RaQuan.Tests.Ceremonies;

public sealed class ICalendarTests
{
    [Fact]
    public void Long_vietnamese_lines_fold_at_75_octets_without_splitting_a_character()
    {
        var value = string.Concat(Enumerable.Repeat("Lễ phát động ra quân đầu xuân Giáp Thìn tại Ủy ban nhân dân xã Nhân Cơ; ", 4));
        var b = new StringBuilder();
        ICalendarText.AppendLine(b, "DESCRIPTION:" + value);
        var bytes = Encoding.UTF8.GetBytes(b.ToString());

        var lines = Split(bytes);
        Assert.True(lines.Count > 4);
        Assert.All(lines, line => Assert.InRange(line.Length, 1, 75));
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Assert.All(lines, line => strict.GetString(line));
        Assert.All(lines.Skip(1), line => Assert.Equal((byte)' ', line[0]));
        var unfolded = b.ToString().Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Equal("DESCRIPTION:" + value + "\r\n", unfolded);
    }

    [Fact]
    public void A_line_of_exactly_75_octets_is_not_folded()
    {
        var b = new StringBuilder();
        ICalendarText.AppendLine(b, "SUMMARY:" + new string('a', 67));
        Assert.Equal("SUMMARY:" + new string('a', 67) + "\r\n", b.ToString());
    }

    [Theory]
    [InlineData("Thôn 4, xã Đắk Mar", @"Thôn 4\, xã Đắk Mar")]
    [InlineData("a;b", @"a\;b")]
    [InlineData(@"C:\lich", @"C:\\lich")]
    [InlineData("dòng 1\ndòng 2\r\ndòng 3", @"dòng 1\ndòng 2\ndòng 3")]
    [InlineData("\"trích\" và : giữ nguyên", "\"trích\" và : giữ nguyên")]
    public void Text_values_escape_commas_semicolons_backslashes_and_newlines(string text, string expected) =>
        Assert.Equal(expected, ICalendarText.Escape(text));

    [Fact]
    public void Calendars_use_the_vietnam_time_zone_crlf_and_stable_uids()
    {
        using var site = TestSite.Create(CeremonyFiles.Schedule);
        site.BuildOk();

        var ics = site.Read("lich.ics");
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        site.AssertFileContains("lich.ics",
            "BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\n", "TZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700",
            "UID:dak-ha-2024-02-20@example.gov.vn\r\n",
            "DTSTART;TZID=Asia/Ho_Chi_Minh:20240220T083000\r\nDTEND;TZID=Asia/Ho_Chi_Minh:20240220T093000\r\n",
            "URL:https://example.gov.vn/ra-quan-2024/lich/dak-ha-2024-02-20/\r\n");

        // DTSTAMP comes from the content (the plan's date here, the last update below), never the clock.
        site.AssertFileContains("lich/dak-ha-2024-02-20/lich.ics", "DTSTAMP:20240124T170000Z", "SEQUENCE:0", "STATUS:CONFIRMED");
        site.AssertFileContains("lich/dak-la-2024-03-05/lich.ics", "DTSTAMP:20240229T170000Z", "SEQUENCE:2",
            "DTSTART;TZID=Asia/Ho_Chi_Minh:20240308T073000", "SUMMARY:[HOÃN] ");
        site.AssertFileContains("lich/thi-tran-dak-ha-2024-03-10/lich.ics", "STATUS:CANCELLED", "SEQUENCE:1", "SUMMARY:[ĐÃ HỦY] ");
    }

    [Fact]
    public void All_day_ceremonies_are_dates_ending_the_day_after_their_last_day()
    {
        using var site = TestSite.Create("""
            -- content/ceremonies/a.yml --
            - unit: kon-ray
              start: 20/02/2024
            - unit: dak-la
              start: 20/02/2024
              end: 22/02/2024
            """);
        site.BuildOk();

        site.AssertFileContains("lich/kon-ray-2024-02-20/lich.ics", "DTSTART;VALUE=DATE:20240220\r\nDTEND;VALUE=DATE:20240221\r\n");
        site.AssertFileContains("lich/dak-la-2024-02-20/lich.ics", "DTSTART;VALUE=DATE:20240220\r\nDTEND;VALUE=DATE:20240223\r\n");
        Assert.Contains("Cả ngày", site.Html("lich/index.html").QuerySelector(".ceremony-facts dd")!.TextContent);
    }

    [Fact]
    public void A_ceremony_past_midnight_ends_the_next_day()
    {
        using var site = TestSite.Create("""
            -- content/ceremonies/a.yml --
            unit: kon-ray
            start: 29/02/2024 20:00
            end: 01/03/2024 01:30
            """);
        site.BuildOk();

        site.AssertFileContains("lich/kon-ray-2024-02-29/lich.ics",
            "DTSTART;TZID=Asia/Ho_Chi_Minh:20240229T200000\r\nDTEND;TZID=Asia/Ho_Chi_Minh:20240301T013000\r\n");
        Assert.Equal("20h00 – 01h30 01/03/2024", site.Html("lich/index.html").QuerySelector(".ceremony-facts dd")!.TextContent.Trim());
    }

    private static List<byte[]> Split(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 2;
            }
        }

        return lines;
    }
}
