using RaQuan.Tests.Documents;

namespace RaQuan.Tests.EndToEnd;

public sealed class DocumentPlanTests
{
    private const string Units = SampleFiles.WithoutBasePlans + "\n" + """
        -- content/units.yml --
        units:
          - name: Kon Tum
            kind: tỉnh
            children:
              - name: Kon Tum
                kind: thành phố
                slug: thanh-pho-kon-tum
              - name: Kon Rẫy
                kind: huyện
              - name: Đắk Hà
                kind: huyện
                children:
                  - name: Đắk La
                    kind: xã
          - name: Đắk Nông
            kind: tỉnh
            children:
              - name: Đắk R'Lấp
                kind: huyện
          - name: Thái Nguyên
            kind: tỉnh
            children:
              - name: Đại Từ
                kind: huyện
                children:
                  - name: Lục Ba
                    kind: xã
        """;

    [SeedsFact]
    public void Pasted_documents_become_plans_with_metadata_read_from_their_text()
    {
        using var site = TestSite.Create(Units);
        foreach (var name in SeedFiles.Names)
        {
            File.Copy(Path.Combine(SeedFiles.Folder!, name), Path.Combine(site.Content, "plans", Path.ChangeExtension(name, ".md")));
        }

        var run = site.BuildOk();
        Assert.Contains("5 plans", run.Output);

        var lucBa = site.Html("dia-ban/luc-ba/index.html").QuerySelector(".plan-item-title a")!;
        var plan = site.Html(lucBa.GetAttribute("href")!["/ra-quan-2024/".Length..] + "index.html");
        var meta = plan.QuerySelectorAll("dl.plan-meta dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent.Trim());
        Assert.Equal("66/KH-UBND", meta["Số hiệu"]);
        Assert.Equal("22/01/2024", meta["Ngày ban hành"]);
        Assert.Equal("Kế hoạch", meta["Hình thức văn bản"]);
        Assert.StartsWith("Xã Lục Ba", meta["Địa bàn"]);
        Assert.Single(plan.QuerySelectorAll("h1"));
        Assert.NotEmpty(plan.QuerySelectorAll(".plan-body h2"));
        Assert.Single(plan.QuerySelectorAll(".signature"));
        Assert.NotNull(plan.QuerySelector(".plan-body .recipients li"));

        var province = site.Html("dia-ban/kon-tum/index.html");
        Assert.Equal(3, province.QuerySelectorAll(".plan-item").Length);
        Assert.Single(site.Html("dia-ban/dak-r-lap/index.html").QuerySelectorAll(".plan-item"));

        var konTumPlan = province.QuerySelectorAll(".plan-item-title a")
            .Single(a => a.TextContent.Contains("Lễ ra quân đầu năm 2024", StringComparison.Ordinal)).GetAttribute("href")!;
        var tables = site.Html(konTumPlan["/ra-quan-2024/".Length..] + "index.html").QuerySelectorAll(".plan-body table");
        Assert.Equal(10, tables[0].QuerySelectorAll("tbody tr").Length);
        Assert.Empty(tables.SelectMany(t => t.QuerySelectorAll("script")));
    }

    [Fact]
    public void A_document_whose_issuer_is_not_a_known_unit_asks_for_a_unit()
    {
        using var site = TestSite.Create("""
            -- content/plans/la.md --
            ỦY BAN NHÂN DÂN
            XÃ ĐẮK PXI
            Số: 12/KH-UBND

            KẾ HOẠCH
            Trồng cây đầu xuân

            Ủy ban nhân dân xã Đắk Pxi xây dựng kế hoạch như sau:

            I. MỤC ĐÍCH
            Trồng cây.
            """);
        var run = site.BuildFails("plans/la.md:1:1", "the document is issued by xã Đắk Pxi, which is not in units.yml");
        Assert.Contains("add \"unit: <slug>\" to the front matter", run.Error);
    }

    [Fact]
    public void Front_matter_wins_over_what_is_read()
    {
        using var site = TestSite.Create("""
            -- content/plans/la.md --
            ---
            number: "99/KH-UBND"
            unit: kon-ray
            ---
            ỦY BAN NHÂN DÂN
            XÃ ĐẮK LA
            Số: 12/KH-UBND
            Đắk La, ngày 05 tháng 02 năm 2024

            KẾ HOẠCH
            Trồng cây đầu xuân

            Ủy ban nhân dân xã Đắk La xây dựng kế hoạch như sau:

            I. MỤC ĐÍCH
            Trồng cây.
            """);
        site.BuildOk();

        var page = site.Html("ke-hoach/trong-cay-dau-xuan/index.html");
        var meta = page.QuerySelectorAll("dl.plan-meta dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent.Trim());
        Assert.Equal("99/KH-UBND", meta["Số hiệu"]);
        Assert.Equal("05/02/2024", meta["Ngày ban hành"]);
        Assert.Equal("Huyện Kon Rẫy, Tỉnh Kon Tum", meta["Địa bàn"]);
        Assert.Equal("I. MỤC ĐÍCH", page.QuerySelector(".plan-body h2")!.TextContent);
    }
}
