using System.Xml.Linq;

namespace RaQuan.Tests.Results;

public sealed class ResultPageTests
{
    [Fact]
    public void Table_page_writes_figures_the_Vietnamese_way_with_totals_targets_and_empty_cells()
    {
        using var site = TestSite.Create(ResultFiles.Site);
        site.BuildOk();
        var page = site.Html("ket-qua/ket-qua/index.html");
        var table = page.QuerySelector("table.results")!;

        Assert.Equal("Kết quả ra quân (Quý I/2024)", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(
            ["Đơn vị", "Chiều dài (m)", "Tỷ lệ đạt so với Kế hoạch (%)", "Kế hoạch (m)", "Tỷ lệ (%)", "Xếp hạng"],
            table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent).ToArray());
        var rows = table.QuerySelectorAll("tbody tr").Select(Cells).ToList();
        Assert.Equal(["Xã Đắk La", "1.872,8", "93,6%", "2.000", "98,01", "2"], rows[0]);
        Assert.Equal(["Huyện Đắk Hà", "—không có số liệu", "—", "—không có số liệu", "—không có số liệu", "—không có số liệu"], rows[1]);
        Assert.Equal(["Huyện Kon Rẫy", "13.136,1", "101%", "13.000", "97,5", "1"], rows[2]);

        // Đắk Hà's empty row rolls up from Đắk La, so the total is 1.872,8 + 13.136,1, not counted twice.
        var totals = table.QuerySelectorAll("tfoot tr").Select(Cells).ToList();
        Assert.Equal(["Tổng cộng", "15.008,9", "100,1%", "15.000", "97,76 (bình quân)", ""], totals[0]);
        Assert.Equal(["Số đơn vị có số liệu", "2/3", "", "2/3", "2/3", "2/3"], totals[1]);

        Assert.All(table.QuerySelectorAll("tbody td"), td => Assert.Contains("num", td.ClassList));
        Assert.Equal("/ra-quan-2024/dia-ban/dak-la/", table.QuerySelector("tbody th[scope=row] a")!.GetAttribute("href"));
        Assert.Equal("/ra-quan-2024/ke-hoach/phat-dong-thi-dua-huyen-kon-ray/", page.QuerySelector(".plan-meta a")!.GetAttribute("href"));
        Assert.Equal(
            ["/ra-quan-2024/api/ket-qua/ket-qua.csv", "/ra-quan-2024/api/ket-qua/ket-qua.json"],
            page.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")!).ToArray());
        Assert.Contains("Số minh họa.", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_lists_tables_and_the_menu_links_it()
    {
        using var site = TestSite.Create(ResultFiles.Site);
        site.BuildOk();
        var index = site.Html("ket-qua/index.html");
        Assert.Equal("/ra-quan-2024/ket-qua/ket-qua/", index.QuerySelector(".plan-item-title a")!.GetAttribute("href"));
        Assert.Equal("page", index.QuerySelector(".site-nav a[href='/ra-quan-2024/ket-qua/']")!.GetAttribute("aria-current"));
        site.AssertFileContains("sitemap.xml", "https://example.gov.vn/ra-quan-2024/ket-qua/ket-qua/");
        site.AssertFileContains("ke-hoach/phat-dong-thi-dua-huyen-kon-ray/index.html", "Kết quả thực hiện: <a href=\"/ra-quan-2024/ket-qua/ket-qua/\">");
    }

    [Fact]
    public void A_site_without_results_has_no_results_section_or_menu_item()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        Assert.False(site.Exists("ket-qua/index.html"));
        site.AssertFileContains("index.html", "!ket-qua/");
    }

    [Fact]
    public void Unit_pages_show_own_figures_or_the_sum_of_the_units_below()
    {
        using var site = TestSite.Create(ResultFiles.Site);
        site.BuildOk();

        var district = site.Html("dia-ban/dak-ha/index.html").QuerySelector("#ket-qua ~ .table-scroll table")!;
        var rows = district.QuerySelectorAll("tbody tr").Select(Cells).ToList();
        Assert.Equal(["Huyện Đắk Hà", "1.872,8*", "2.000*", "—không có số liệu", "—không có số liệu"], rows[0]);
        Assert.Equal(["Xã Đắk La", "1.872,8", "2.000", "98,01", "2"], rows[1]);
        Assert.Equal(2, rows.Count);

        var province = site.Html("dia-ban/kon-tum/index.html").QuerySelector("#ket-qua ~ .table-scroll table")!;
        var provinceRows = province.QuerySelectorAll("tbody tr").Select(Cells).ToList();
        Assert.Equal(["Tỉnh Kon Tum", "15.008,9*", "15.000*", "—không có số liệu", "—không có số liệu"], provinceRows[0]);
        Assert.Equal(["Huyện Đắk Hà", "Huyện Kon Rẫy"], provinceRows.Skip(1).Select(r => r[0]).ToArray());
        Assert.Contains("tổng số của các đơn vị trực thuộc", site.Html("dia-ban/kon-tum/index.html").QuerySelector("#ket-qua ~ .rule")!.TextContent, StringComparison.Ordinal);

        Assert.Null(site.Html("dia-ban/dak-nong/index.html").QuerySelector("#ket-qua"));
        Assert.Null(site.Html("dia-ban/thi-tran-dak-ha/index.html").QuerySelector("#ket-qua"));
    }

    [Fact]
    public void Csv_download_is_utf8_with_bom_and_keeps_Vietnamese_names()
    {
        using var site = TestSite.Create(ResultFiles.Site);
        site.BuildOk();
        var bytes = File.ReadAllBytes(site.OutPath("api/ket-qua/ket-qua.csv"));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[3..]);
        Assert.Equal(
            "Đơn vị,Mã đơn vị hành chính,Chiều dài,Kế hoạch,Tỷ lệ,Xếp hạng\r\n"
            + "Xã Đắk La,\"\",\"1872,8\",2000,\"98,01\",2\r\n"
            + "Huyện Đắk Hà,\"\",,,,\r\n"
            + "Huyện Kon Rẫy,\"\",\"13136,1\",13000,\"97,5\",1\r\n",
            text);
    }

    [Fact]
    public void Json_download_has_a_version_exact_figures_nulls_and_totals()
    {
        using var site = TestSite.Create(ResultFiles.Site);
        site.BuildOk();
        using var json = JsonDocument.Parse(File.ReadAllBytes(site.OutPath("api/ket-qua/ket-qua.json")));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("ket-qua", root.GetProperty("name").GetString());
        Assert.Equal("https://example.gov.vn/ra-quan-2024/ket-qua/ket-qua/", root.GetProperty("url").GetString());
        Assert.Equal("phat-dong-thi-dua-huyen-kon-ray", root.GetProperty("source_plan").GetProperty("slug").GetString());

        var columns = root.GetProperty("columns");
        Assert.Equal("chieu-dai", columns[0].GetProperty("id").GetString());
        Assert.Equal("ke-hoach", columns[0].GetProperty("target").GetString());
        Assert.Equal("average", columns[2].GetProperty("aggregate").GetString());

        var rows = root.GetProperty("rows");
        Assert.Equal("dak-la", rows[0].GetProperty("unit").GetProperty("slug").GetString());
        Assert.Equal(1872.8m, rows[0].GetProperty("values").GetProperty("chieu-dai").GetDecimal());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("values").GetProperty("chieu-dai").ValueKind);

        var total = root.GetProperty("totals").GetProperty("chieu-dai");
        Assert.Equal(15008.9m, total.GetProperty("value").GetDecimal());
        Assert.Equal(2, total.GetProperty("reporting").GetInt32());
        Assert.Equal(100.1m, total.GetProperty("percent_of_target").GetDecimal());
        Assert.Equal(97.76m, root.GetProperty("totals").GetProperty("ty-le").GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("totals").GetProperty("xep-hang").GetProperty("value").ValueKind);
    }

    [Fact]
    public void Chart_is_an_svg_image_with_a_title_a_summary_and_one_bar_per_reporting_unit()
    {
        using var site = TestSite.Create(ResultFiles.Site);
        site.BuildOk();
        var figure = site.Html("ket-qua/ket-qua/index.html").QuerySelector("figure.chart-figure")!;
        var svg = XElement.Parse(figure.QuerySelector("svg")!.OuterHtml);
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.Equal(ns + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        var title = svg.Element(ns + "title")!;
        var desc = svg.Element(ns + "desc")!;
        Assert.Equal($"{title.Attribute("id")!.Value} {desc.Attribute("id")!.Value}", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Biểu đồ cột: Chiều dài (m) theo đơn vị", title.Value);
        Assert.StartsWith("2/3 đơn vị có số liệu; cao nhất Huyện Kon Rẫy: 13.136,1 m; thấp nhất Xã Đắk La: 1.872,8 m; tổng cộng 15.008,9 m", desc.Value, StringComparison.Ordinal);
        Assert.Equal(2, svg.Descendants(ns + "rect").Count(r => (string?)r.Attribute("class") == "chart-bar"));
        Assert.Equal(2, svg.Descendants(ns + "line").Count());
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "— chưa có số liệu");
        Assert.Empty(site.Html("ket-qua/ket-qua/index.html").QuerySelectorAll("script"));
    }

    [Fact]
    public void Rows_in_the_sidecar_work_like_a_csv_and_sums_are_exact()
    {
        using var site = TestSite.Create("""
            -- content/results/bhyt.yml --
            title: "Bảo hiểm y tế"
            unit_column: "Xã"
            columns:
              - { name: "Số tiền", unit: "triệu đồng", aggregate: sum }
              - { name: "Tỷ lệ", unit: "%", aggregate: average }
            rows:
              - { Xã: "Xã Đắk La", Số tiền: "0,1", Tỷ lệ: 1 }
              - { Xã: "Thị trấn Đắk Hà", Số tiền: "0,2", Tỷ lệ: 1 }
              - { Xã: "Kon Rẫy", Số tiền: "1.000.000.000.000,0000001", Tỷ lệ: 2 }
            """);
        site.BuildOk();
        var totals = site.Html("ket-qua/bhyt/index.html").QuerySelectorAll("tfoot tr").Select(Cells).First();
        Assert.Equal(["Tổng cộng", "1.000.000.000.000,3000001", "1,33 (bình quân)"], totals);
        Assert.Equal("Xã", site.Html("ket-qua/bhyt/index.html").QuerySelector("thead th")!.TextContent);
    }

    [Fact]
    public void Plan_indicators_from_front_matter_appear_as_a_table()
    {
        using var site = TestSite.Create(ResultFiles.PlanWithIndicators("""
              - { label: "Tổng giá trị sản xuất", value: "2.192", unit: "tỷ đồng" }
              - { label: "Tỷ lệ bao phủ bảo hiểm y tế", value: "98,01", unit: "%", qualifier: "trên" }
            """));
        site.BuildOk();
        var table = site.Html("ke-hoach/chi-tieu-nam-2024/index.html").QuerySelector(".indicators table")!;
        Assert.Equal("Các chỉ tiêu kế hoạch đặt ra", table.QuerySelector("caption")!.TextContent);
        var rows = table.QuerySelectorAll("tbody tr").Select(Cells).ToList();
        Assert.Equal(["Tổng giá trị sản xuất", "2.192", "tỷ đồng"], rows[0]);
        Assert.Equal(["Tỷ lệ bao phủ bảo hiểm y tế", "trên 98,01", "%"], rows[1]);
        Assert.Equal("row", table.QuerySelector("tbody th")!.GetAttribute("scope"));
    }

    private static string[] Cells(AngleSharp.Dom.IElement row) =>
        row.Children.Select(c => c.TextContent.Trim()).ToArray();
}
