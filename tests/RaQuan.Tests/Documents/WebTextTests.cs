using RaQuan.Documents;

namespace RaQuan.Tests.Documents;

/// <summary>Documents as copied from a web portal, in our own words: the page's furniture around them, and what copying does inside.</summary>
public sealed class WebTextTests
{
    private const string Portal = """
        Cổng thông tin điện tử huyện Kon Rẫy
        Hôm nay: Thứ Năm, 07/03/2024
        Trang chủ > Văn bản > Kế hoạch
        Kế hoạch tổ chức trồng cây đầu xuân năm 2024
        Ngày 05/03/2024 08:15:02
        Lượt xem: 1.203
        Số hiệu: 45/KH-UBND
        Loại văn bản: Kế hoạch
        Nơi ban hành: UBND huyện Kon Rẫy
        Người ký: Nguyễn Văn An
        Ngày ban hành: 02/02/2024
        Tình trạng: Còn hiệu lực
        ỦY BAN NHÂN DÂN HUYỆN KON RẪY CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
        Số: 45/KH-UBND
        Kon Rẫy, ngày 02 tháng 02 năm 2024
        KẾ HOẠCHTỔ CHỨC TRỒNG CÂY ĐẦU XUÂN NĂM 2024
        Căn cứ Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Kon Tum;
        Ủy ban nhân dân huyện Kon Rẫy ban hành kế hoạch với chủ đề \"Xuân xanh\" như sau:
        I. MỤC ĐÍCH, YÊU CẦU
        - Trồng 1.000 cây xanh.
        Nơi nhận:
        - Các xã;
        - Lưu: VT.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Nguyễn Văn An
        Tin liên quan
        Kế hoạch số 12/KH-UBND ngày 10/01/2024 về ra quân đầu năm
        Chia sẻ Facebook Zalo
        """;

    [Fact]
    public void The_document_is_found_amid_portal_furniture_and_read_for_its_own_fields()
    {
        var r = DocumentReader.Read(Portal);

        Assert.Equal("Kế hoạch", r.Type);
        Assert.Equal("45/KH-UBND", r.Number);
        Assert.Equal(new DateOnly(2024, 2, 2), r.Date);
        Assert.Equal("Kon Rẫy", r.Place);
        Assert.Equal("TỔ CHỨC TRỒNG CÂY ĐẦU XUÂN NĂM 2024", r.Title);
        Assert.Equal("Ủy ban nhân dân huyện Kon Rẫy", r.Issuer);
        Assert.Equal("Nguyễn Văn An", r.Signer?.Name);
        Assert.Contains("chủ đề \"Xuân xanh\" như sau", r.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Tin liên quan", r.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Lượt xem", r.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_metadata_table_fills_a_number_the_header_lacks_and_says_so()
    {
        var r = DocumentReader.Read(Portal.Replace("Số: 45/KH-UBND\n", "", StringComparison.Ordinal));

        Assert.Equal("45/KH-UBND", r.Number);
        Assert.Contains(r.Warnings, w => w.Contains("45/KH-UBND is taken from the web page's table", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cited_number_in_the_metadata_never_overrides_the_documents_own()
    {
        var r = DocumentReader.Read(Portal.Replace("Số hiệu: 45/KH-UBND", "Số hiệu: 12/KH-UBND", StringComparison.Ordinal));

        Assert.Equal("45/KH-UBND", r.Number);
        Assert.Contains(r.Warnings, w => w.Contains("the web page's table gives the number 12/KH-UBND", StringComparison.Ordinal));
    }

    [Fact]
    public void An_official_letter_copied_from_a_portal_takes_its_subject_as_title()
    {
        var r = DocumentReader.Read("""
            Trang chủ » Văn bản chỉ đạo
            Lượt xem: 88
            ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            XÃ ĐẮK LA	Độc lập - Tự do - Hạnh phúc
            Số: 30/UBND-VP	Đắk La, ngày 15 tháng 03 năm 2024
            V/v tham gia ra quân vệ sinh môi trường
            Kính gửi: Các thôn trên địa bàn xã.
            Ủy ban nhân dân xã đề nghị các thôn tham gia ra quân.
            Nơi nhận:
            - Như trên;
            - Lưu: VT.
            CHỦ TỊCH
            Trần Thị Hoa
            """);

        Assert.Equal("Công văn", r.Type);
        Assert.Equal("tham gia ra quân vệ sinh môi trường", r.Title);
        Assert.Equal("30/UBND-VP", r.Number);
        Assert.Equal(new DateOnly(2024, 3, 15), r.Date);
    }
}
