namespace RaQuan.Tests.Ceremonies;

/// <summary>
/// Importing a Giấy mời or Chương trình of a ceremony writes the ceremony beside the plan (ceremonies/), which the
/// next build publishes on its own page and in the calendars; the documents are in our own words.
/// </summary>
public sealed class ImportedCeremonyTests
{
    private const string Invitation = """
        ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        HUYỆN KON RẪY	Độc lập - Tự do - Hạnh phúc
        Số: 21/GM-UBND	Kon Rẫy, ngày 12 tháng 02 năm 2024

        GIẤY MỜI
        Dự Lễ ra quân trồng cây đầu xuân năm 2024

        Ủy ban nhân dân huyện Kon Rẫy tổ chức Lễ ra quân trồng cây đầu xuân năm 2024.
        1. Thành phần mời:
        - Thường trực Huyện ủy;
        - Trưởng các phòng, ban của huyện.
        2. Thời gian: từ 07h30 - 09h00, thứ Năm, ngày 22/02/2024.
        3. Địa điểm: Tại Sân vận động xã Đắk Ruồng.
        4. Chương trình buổi lễ:

        TT	Thời gian	Nội dung	Thực hiện
        1	07h30	Chào cờ, tuyên bố lý do	Ban tổ chức
        2	07h45	Phát động trồng cây	Chủ tịch UBND huyện

        Kính mời các đại biểu về dự đúng giờ./.

        Nơi nhận:
        - Như thành phần mời;
        - Lưu: VT.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH

        Trần Văn Bình
        """;

    [Fact]
    public void An_imported_invitation_writes_its_ceremony_and_the_build_shows_it_on_its_page_and_in_the_calendar()
    {
        using var site = TestSite.Create($"-- giay-moi.txt --\n{Invitation}");

        var import = TestSite.Run(["import", Path.Combine(site.Root, "giay-moi.txt"), "--to", site.Plans]);

        Assert.Equal(0, import.ExitCode);
        var ceremonyFile = Path.Combine(site.Content, "ceremonies", "du-le-ra-quan-trong-cay-dau-xuan-nam-2024.yml");
        Assert.Contains(ceremonyFile, import.Output);
        var yaml = File.ReadAllText(ceremonyFile);
        Assert.Contains("unit: kon-ray\n", yaml);
        Assert.Contains("title: \"Lễ ra quân trồng cây đầu xuân năm 2024\"\n", yaml);
        Assert.Contains("plan: du-le-ra-quan-trong-cay-dau-xuan-nam-2024\n", yaml);

        // The imported plan is published on the day of the import, so the site is built after it.
        var now = DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
        var build = TestSite.Run(["build", site.Content, "-o", site.Output, "--now", now]);
        Assert.True(build.ExitCode == 0, build.Error);
        var page = site.Html("lich/kon-ray-2024-02-22/index.html");
        var meta = page.QuerySelectorAll("dl.ceremony-meta dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!);
        Assert.Equal("07h30 – 09h00, Thứ Năm, 22/02/2024", meta["Thời gian"].TextContent.Trim());
        Assert.Equal("Sân vận động xã Đắk Ruồng", meta["Địa điểm"].TextContent);
        Assert.Contains(page.QuerySelectorAll("dl.ceremony-meta a"), a => a.GetAttribute("href") == "/ra-quan-2024/ke-hoach/du-le-ra-quan-trong-cay-dau-xuan-nam-2024/");
        var agenda = page.QuerySelectorAll("section[aria-labelledby=chuong-trinh] tbody tr");
        Assert.Equal(2, agenda.Length);
        Assert.Equal("Phát động trồng cây", agenda[1].QuerySelectorAll("td")[0].TextContent);
        site.AssertFileContains("lich/kon-ray-2024-02-22/lich.ics", "UID:kon-ray-2024-02-22@", "DTSTART;TZID=Asia/Ho_Chi_Minh:20240222T073000", "LOCATION:Sân vận động xã Đắk Ruồng");
    }

    [Fact]
    public void A_plan_that_is_not_an_invitation_writes_no_ceremony_and_an_unknown_issuer_is_a_warning()
    {
        var plan = Invitation.Replace("GIẤY MỜI", "KẾ HOẠCH", StringComparison.Ordinal).Replace("21/GM-UBND", "21/KH-UBND", StringComparison.Ordinal);
        var elsewhere = Invitation.Replace("HUYỆN KON RẪY", "HUYỆN ĐẮK GLEI", StringComparison.Ordinal).Replace("huyện Kon Rẫy", "huyện Đắk Glei", StringComparison.Ordinal);
        using var site = TestSite.Create($"-- ke-hoach.txt --\n{plan}\n-- khac.txt --\n{elsewhere.Replace("trồng cây", "dọn vệ sinh", StringComparison.Ordinal)}");

        var first = TestSite.Run(["import", Path.Combine(site.Root, "ke-hoach.txt"), "--to", site.Plans]);
        var second = TestSite.Run(["import", Path.Combine(site.Root, "khac.txt"), "--to", site.Plans]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Content, "ceremonies")) && Directory.EnumerateFiles(Path.Combine(site.Content, "ceremonies")).Any());
        Assert.Contains("khac.txt: warning: Giấy mời announces a ceremony, but its issuer matches no single unit of units.yml", second.Error);
    }
}
