namespace RaQuan.Tests.Ceremonies;

public sealed class CeremonyPageTests
{
    [Fact]
    public void Ceremony_page_shows_every_field_the_agenda_table_and_links()
    {
        using var site = TestSite.Create(CeremonyFiles.Schedule);
        site.BuildOk();

        var page = site.Html("lich/dak-ha-2024-02-20/index.html");
        var meta = page.QuerySelectorAll("dl.ceremony-meta dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!);
        Assert.Equal("08h30 – 09h30, Thứ Ba, 20/02/2024", meta["Thời gian"].TextContent.Trim());
        Assert.Equal("11 tháng Giêng năm Giáp Thìn", meta["Âm lịch"].TextContent);
        Assert.Equal("Thôn 4, xã Đắk Mar", meta["Địa điểm"].TextContent);
        Assert.Equal("Làm đường giao thông nông thôn", meta["Nội dung"].TextContent);
        Assert.Equal("Văn phòng UBND huyện, 0260 3820 000", meta["Liên hệ"].TextContent);
        Assert.Equal("/ra-quan-2024/dia-ban/dak-ha/", meta["Đơn vị"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/ra-quan-2024/ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/", meta["Kế hoạch"].QuerySelector("a")!.GetAttribute("href"));

        var add = page.QuerySelectorAll("a").Single(a => a.TextContent == "Thêm vào lịch");
        Assert.Equal("/ra-quan-2024/lich/dak-ha-2024-02-20/lich.ics", add.GetAttribute("href"));
        Assert.True(site.Exists("lich/dak-ha-2024-02-20/lich.ics"));

        var table = page.QuerySelector("section[aria-labelledby=chuong-trinh] table")!;
        Assert.NotNull(table.QuerySelector("caption"));
        Assert.Equal(["Thời gian", "Nội dung", "Thực hiện"], table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.Equal("08h30", rows[0].QuerySelector("th[scope=row]")!.TextContent);
        Assert.Equal("Lãnh đạo UBND huyện", rows[2].QuerySelectorAll("td")[1].TextContent);
    }

    [Fact]
    public void Ceremony_page_carries_schema_org_event()
    {
        using var site = TestSite.Create(CeremonyFiles.Schedule);
        site.BuildOk();

        var script = site.Html("lich/dak-la-2024-03-05/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = System.Text.Json.JsonDocument.Parse(script);
        var e = json.RootElement;
        Assert.Equal("Event", e.GetProperty("@type").GetString());
        Assert.Equal("2024-03-08T07:30:00+07:00", e.GetProperty("startDate").GetString());
        Assert.Equal("2024-03-05T07:30:00+07:00", e.GetProperty("previousStartDate").GetString());
        Assert.Equal("https://schema.org/EventRescheduled", e.GetProperty("eventStatus").GetString());
        Assert.Equal("Nhà văn hóa thôn 1", e.GetProperty("location").GetProperty("name").GetString());
    }

    [Fact]
    public void Content_cannot_end_the_json_ld_script()
    {
        using var site = TestSite.Create("""
            -- content/ceremonies/x.yml --
            unit: kon-ray
            start: 20/02/2024 08:30
            place: "</script><script>alert(1)</script>"
            content: "a < b & c > d"
            """);
        site.BuildOk();

        var html = site.Read("lich/kon-ray-2024-02-20/index.html");
        var start = html.IndexOf("application/ld+json", StringComparison.Ordinal);
        var json = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        Assert.DoesNotContain("<", json[json.IndexOf('{')..], StringComparison.Ordinal);
        Assert.Contains(@"\u003C/script\u003E", json, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(site.Html("lich/kon-ray-2024-02-20/index.html").QuerySelectorAll("script:not([type])"));
    }

    [Fact]
    public void Unit_pages_list_their_ceremonies_and_those_of_units_below()
    {
        using var site = TestSite.Create(CeremonyFiles.Schedule);
        site.BuildOk();

        string[] Titles(string path) => [.. site.Html(path).QuerySelectorAll("#lich-ra-quan ~ .ceremony-list .ceremony-item-title").Select(h => h.TextContent)];

        var province = Titles("dia-ban/kon-tum/index.html");
        Assert.Equal(4, province.Length);
        var district = Titles("dia-ban/dak-ha/index.html");
        Assert.Equal(["Lễ ra quân xã Đắk La", "Lễ ra quân thị trấn Đắk Hà", "Lễ ra quân huyện Đắk Hà"], district);
        Assert.Single(Titles("dia-ban/dak-la/index.html"));
        site.AssertFileContains("dia-ban/dak-ha/lich.ics", "UID:dak-la-2024-03-05@example.gov.vn", "UID:dak-ha-2024-02-20@", "!UID:kon-ray");
    }

    [Fact]
    public void Plan_page_lists_the_ceremonies_it_organises_and_home_page_the_next_ones()
    {
        using var site = TestSite.Create(CeremonyFiles.Schedule);
        site.BuildOk();

        var plan = site.Html("ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/index.html");
        Assert.Equal(["Lễ ra quân huyện Đắk Hà"], plan.QuerySelectorAll(".plan-ceremonies .ceremony-item-title").Select(h => h.TextContent));

        var home = site.Html("index.html").QuerySelectorAll("#lich-sap-toi ~ .ceremony-list .ceremony-item-title a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Lễ ra quân huyện Kon Rẫy", "Lễ ra quân xã Đắk La", "Lễ ra quân thị trấn Đắk Hà"], home);
    }

    [Fact]
    public void Schedule_api_has_a_version_and_is_identical_across_builds()
    {
        using var site = TestSite.Create(CeremonyFiles.Schedule);
        site.BuildOk();
        var first = site.Read("api/lich.json");
        var ics = site.Read("lich.ics");
        site.BuildOk();

        Assert.Equal(first, site.Read("api/lich.json"));
        Assert.Equal(ics, site.Read("lich.ics"));
        using var json = System.Text.Json.JsonDocument.Parse(first);
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var ceremonies = json.RootElement.GetProperty("ceremonies").EnumerateArray().ToList();
        Assert.Equal(5, ceremonies.Count);
        var dakHa = ceremonies.Single(c => c.GetProperty("id").GetString() == "dak-ha-2024-02-20");
        Assert.Equal("2024-02-20T08:30:00+07:00", dakHa.GetProperty("start").GetString());
        Assert.Equal(3, dakHa.GetProperty("agenda").GetArrayLength());
        var cancelled = ceremonies.Single(c => c.GetProperty("status").GetString() == "cancelled");
        Assert.Equal(1, cancelled.GetProperty("sequence").GetInt32());
    }
}
