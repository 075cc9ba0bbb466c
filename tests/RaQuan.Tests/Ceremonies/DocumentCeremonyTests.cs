using RaQuan.Tests.Documents;

namespace RaQuan.Tests.Ceremonies;

public sealed class DocumentCeremonyTests
{
    // A pasted document (no title in front matter): a points table per commune and a programme table, tab-separated.
    private const string DakHaDocument = """
        -- content/plans/dak-ha.md --
        ---
        unit: dak-ha
        date: 2024-01-02
        ---
        KẾ HOẠCH
        Tổ chức Lễ ra quân đầu năm 2024 trên địa bàn huyện

        1. Thời gian: các xã, thị trấn đồng loạt ra quân lúc 07h30, thứ Hai, ngày 04 tháng 3 năm 2024.

        2. Mỗi xã, thị trấn chọn 01 điểm ra quân theo biểu kèm theo.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH

        Nguyễn Văn A

        BIỂU ĐIỂM RA QUÂN

        TT	Xã, thị trấn	Nội dung	Địa điểm	Quy mô
        1	Xã Đăk La	Làm đường bê tông	Thôn 3, xã Đăk La	L = 250m
        2	Thị trấn Đăk Hà	<b>Trồng cây</b> xanh	Khối 5	500 cây
        3	Xã Đăk Ui	Dọn vệ sinh	Thôn 1

        CHƯƠNG TRÌNH

        Dự kiến tổng thời gian khoảng 45 phút

        TT	NỘI DUNG	GHI CHÚ
        01	Tuyên bố lý do	Đơn vị tổ chức
        02	Phát động ra quân	Lãnh đạo UBND huyện
        """;

    [Fact]
    public void Rows_of_a_plans_points_table_become_ceremonies_at_the_plans_time_with_its_programme()
    {
        using var site = TestSite.Create(DakHaDocument);
        var run = site.BuildOk();

        Assert.Contains("\"Xã Đăk Ui\", which is not in units.yml; that ceremony is left out", run.Error);
        var ceremonies = Api(site);
        // Same start: ordered by unit name, Đắk Hà before Đắk La.
        Assert.Equal(["thi-tran-dak-ha-2024-03-04", "dak-la-2024-03-04"], ceremonies.Select(c => c.GetProperty("id").GetString()));
        var dakLa = ceremonies[1];
        Assert.Equal("2024-03-04T07:30:00+07:00", dakLa.GetProperty("start").GetString());
        Assert.Equal("2024-03-04T08:15:00+07:00", dakLa.GetProperty("end").GetString());
        Assert.Equal("Thôn 3, xã Đăk La", dakLa.GetProperty("place").GetString());
        Assert.Equal("L = 250m", dakLa.GetProperty("scale").GetString());
        Assert.Equal("document", dakLa.GetProperty("source").GetString());
        Assert.Equal("Trồng cây xanh", ceremonies[0].GetProperty("content").GetString());
        var agenda = dakLa.GetProperty("agenda").EnumerateArray().ToList();
        Assert.Equal(2, agenda.Count);
        Assert.Equal("Lãnh đạo UBND huyện", agenda[1].GetProperty("who").GetString());
    }

    [Fact]
    public void Ceremonies_written_for_a_plan_replace_those_read_from_it()
    {
        using var site = TestSite.Create(DakHaDocument + "\n" + """
            -- content/ceremonies/dak-ha.yml --
            unit: dak-la
            start: 04/03/2024 08:00
            plan: to-chuc-le-ra-quan-dau-nam-2024-tren-dia-ban-huyen
            """);
        site.BuildOk();

        var ceremonies = Api(site);
        var only = Assert.Single(ceremonies);
        Assert.Equal("2024-03-04T08:00:00+07:00", only.GetProperty("start").GetString());
        Assert.Equal("content", only.GetProperty("source").GetString());
    }

    [SeedsFact]
    public void Seed_plan_of_kon_tum_gives_its_ten_district_ceremonies()
    {
        using var site = TestSite.Create("""
            -- content/plans/tinh.md --
            (deleted)
            """);
        File.Copy(Path.Combine(TestEnvironment.RepositoryRoot, "content", "units.yml"), Path.Combine(site.Content, "units.yml"), overwrite: true);
        foreach (var plan in Directory.GetFiles(site.Plans))
        {
            File.Delete(plan);
        }

        File.Copy(Path.Combine(SeedFiles.Folder!, SeedFiles.Names[0]), Path.Combine(site.Content, "plans", "000.md"));
        site.BuildOk();

        var ceremonies = Api(site);
        Assert.Equal(10, ceremonies.Count);
        Assert.All(ceremonies, c =>
        {
            Assert.Equal("2024-02-20T08:30:00+07:00", c.GetProperty("start").GetString());
            Assert.Equal("2024-02-20T09:30:00+07:00", c.GetProperty("end").GetString());
            Assert.Equal("11 tháng Giêng năm Giáp Thìn", c.GetProperty("lunar").GetString());
            Assert.Equal(5, c.GetProperty("agenda").GetArrayLength());
        });
        var dakHa = ceremonies.Single(c => c.GetProperty("unit").GetProperty("slug").GetString() == "dak-ha");
        Assert.Equal("Thôn 4, xã Đăk Mar", dakHa.GetProperty("place").GetString());
        Assert.Equal("L = 508m", dakHa.GetProperty("scale").GetString());
        Assert.Equal("Làm đường giao thông nông thôn.", dakHa.GetProperty("content").GetString());
        var saThay = ceremonies.Single(c => c.GetProperty("unit").GetProperty("slug").GetString() == "sa-thay");
        Assert.DoesNotContain("<", saThay.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(10, site.Html("dia-ban/kon-tum/index.html").QuerySelectorAll("#lich-ra-quan ~ .ceremony-list .ceremony-item").Length);
    }

    private static List<System.Text.Json.JsonElement> Api(TestSite site) =>
        [.. System.Text.Json.JsonDocument.Parse(site.Read("api/lich.json")).RootElement.GetProperty("ceremonies").EnumerateArray()];
}
