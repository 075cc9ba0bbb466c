namespace RaQuan.Tests.Ceremonies;

public sealed class CeremonyBadInputTests
{
    /// <summary>Broken ceremony files: where the error is, its English text and the fix (the Vietnamese build of each is in <see cref="Cli.VietnameseMessageTests"/>).</summary>
    public static TheoryData<string, string, string?> BadCeremonies => new()
    {
        { """
        -- content/ceremonies/a.yml --
        unit: Kon Rẫyy
        start: 20/02/2024 08:30
        """, "ceremonies/a.yml:1:7: error: unit \"Kon Rẫyy\" is not in units.yml", "did you mean \"Huyện Kon Rẫy\"?" },
        { """
        -- content/ceremonies/a.yml --
        unit: kon-ray
        start: 20/02/2024 08:30
        end: 20/02/2024 07:00
        """, "ceremonies/a.yml:3:6: error: the ceremony ends (20/02/2024 07:00) before it starts (20/02/2024 08:30)", "a ceremony past midnight ends on the next day" },
        { """
        -- content/ceremonies/a.yml --
        unit: kon-ray
        start: 31/02/2024 08:30
        """, "ceremonies/a.yml:2:8: error: start: date \"31/02/2024\" is not a valid date (February 2024 has 29 days)", "write the date and time as 20/02/2024 08:30" },
        { """
        -- content/ceremonies/a.yml --
        - unit: kon-ray
          start: 20/02/2024 08:30
          plan: ke-hoach-le-ra-quan-dau-nam-2042
        """, "ceremonies/a.yml:3:9: error: plan \"ke-hoach-le-ra-quan-dau-nam-2042\" does not exist", "did you mean \"ke-hoach-le-ra-quan-dau-nam-2024\"?" },
        { """
        -- content/ceremonies/a.yml --
        unit: kon-ray
        start: 20/02/2024 08:30
        status: hoãn lại
        """, "ceremonies/a.yml:3:9: error: status: \"hoãn lại\" is not a ceremony status", "use scheduled (dự kiến), postponed (hoãn)" },
        { """
        -- content/ceremonies/a.yml --
        unit: kon-ray
        start: 20/02/2024 08:30
        duration: một lúc
        """, "ceremonies/a.yml:3:11: error: duration: \"một lúc\" is not a length of time", "60 phút" },
        { """
        -- content/ceremonies/a.yml --
        unit: kon-ray
        strat: 20/02/2024 08:30
        """, "ceremonies/a.yml:2:1: error: unknown field \"strat\"", "did you mean \"start\"?" },
        { """
        -- content/ceremonies/a.csv --
        Đơn vị,Thời gian,Địa điểm,Nội dung,Quy mô
        kon-ray,20/02/2024 08:30,Sân vận động,Làm đường,L = 100 m
        dak-la,20/02/2024 08:30,Thôn 1
        """, "ceremonies/a.csv:3:31: error: the row has 3 columns but the header has 5", "leaving a cell empty between two separators" },
        { """
        -- content/ceremonies/a.csv --
        Đơn vị,Thời gian,Địa đểm
        kon-ray,20/02/2024 08:30,Sân vận động
        """, "ceremonies/a.csv:1:18: error: unknown column \"Địa đểm\"", "did you mean \"Địa điểm\"?" },
        { """
        -- content/ceremonies/a.csv --
        Đơn vị;Thời gian;Địa điểm
        Đăk Hàa;31/02/2024 08:30;Sân
        """, "ceremonies/a.csv:2:9: error: start: date \"31/02/2024\" is not a valid date", "write the date and time" },
        { """
        -- content/ceremonies/a.csv --
        Địa điểm,Nội dung
        Sân,Làm đường
        """, "ceremonies/a.csv:1:1: error: the header has no \"Đơn vị\" column", "add a column \"Đơn vị\" (or \"unit\")" },
        { """
        -- content/ceremonies/a.yml --
        unit: kon-ray
        start: 20/02/2024 25:00
        """, "ceremonies/a.yml:2:8: error: start: \"20/02/2024 25:00\" is not a date and time", "write the date and time as 20/02/2024 08:30" },
        { """
        -- content/ceremonies/a.yml --
        unit: kon-ray
        start: thứ Hai, ngày 20/02/2024 08:30
        """, "ceremonies/a.yml:2:8: error: start: ", "write the date and time as 20/02/2024 08:30" },
        { """
        -- content/ceremonies/a.yml --
        unit: kon-ray
        start: 20/02/2024 08:30
        end: sau đó
        """, "ceremonies/a.yml:3:6: error: end: \"sau đó\" is not a date and time", "write the date and time as 20/02/2024 08:30" },
        { """
        -- content/ceremonies/a.yml --
        unit: kon-ray
        start: 20/02/2024 08:30
        updated: { a: b }
        """, "ceremonies/a.yml:3:10: error: \"updated\" should be a date, or a list of dates", null },
        { """
        -- content/ceremonies/a.yml --
        ra quân
        """, "ceremonies/a.yml:1:1: error: \"a ceremony file\" should be one ceremony (unit: …, start: …) or a list of them", null },
        { """
        -- content/ceremonies/a.yml --
        start: 20/02/2024 08:30
        """, "ceremonies/a.yml:1:1: error: the required field \"unit\" is missing", "add a line such as: unit:" },
    };

    [Theory]
    [MemberData(nameof(BadCeremonies))]
    public void Bad_ceremonies_are_reported_with_file_line_column_and_fix(string files, string where, string? fix)
    {
        using var site = TestSite.Create(files);
        site.BuildFailsWith(where, fix);
    }

    [Fact]
    public void A_weekday_that_contradicts_the_date_is_an_error()
    {
        using var site = TestSite.Create("""
            -- content/ceremonies/a.yml --
            unit: kon-ray
            start: "08:00 thứ Hai, 23/02/2024"
            """);
        var run = site.BuildFails("ceremonies/a.yml:2:8", "start: \"thứ Hai\" does not match 23/02/2024, which is a Thứ Sáu");
        Assert.Contains("correct the weekday or the date", run.Error);
    }

    [Fact]
    public void A_unit_spelled_the_old_way_is_found()
    {
        using var site = TestSite.Create("""
            -- content/ceremonies/a.csv --
            Đơn vị,Thời gian
            Huyện Đăk Hà,20/02/2024 08:30
            Xã Đăk La,20/02/2024 08:30
            """);
        site.BuildOk();

        Assert.True(site.Exists("lich/dak-ha-2024-02-20/index.html"));
        Assert.True(site.Exists("lich/dak-la-2024-02-20/index.html"));
    }

    [Fact]
    public void Two_ceremonies_with_one_address_is_an_error_naming_both()
    {
        using var site = TestSite.Create("""
            -- content/ceremonies/a.yml --
            - unit: kon-ray
              start: 20/02/2024 08:30
            - unit: kon-ray
              start: 20/02/2024 14:00
            """);
        var run = site.BuildFails("ceremonies/a.yml:3:3", "ceremony slug \"kon-ray-2024-02-20\" is already used by ");

        Assert.Matches(@"ceremonies/a\.yml:3:3: error: ceremony slug ""kon-ray-2024-02-20"" is already used by .*ceremonies/a\.yml:1:3", run.Error);
    }
}
