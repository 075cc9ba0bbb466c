using RaQuan.Documents;

namespace RaQuan.Tests.Documents;

/// <summary>A Giấy mời and a Chương trình of a ceremony, in our own words: the ceremony's time, date, place and who attends.</summary>
public sealed class InvitationTests
{
    [Fact]
    public void An_invitation_gives_its_ceremony_with_time_date_numbered_place_and_who_attends()
    {
        var r = DocumentReader.Read("""
            ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HUYỆN KON RẪY	Độc lập - Tự do - Hạnh phúc
            Số: 15/GM-UBND	Kon Rẫy, ngày 15 tháng 02 năm 2024

            GIẤY MỜI
            Dự Lễ ra quân đầu xuân năm 2024

            Ủy ban nhân dân huyện Kon Rẫy tổ chức Lễ ra quân đầu xuân năm 2024.
            1. Thành phần mời:
            - Thường trực Huyện ủy;
            - Lãnh đạo Ủy ban MTTQ Việt Nam huyện;
            - Chủ tịch Ủy ban nhân dân các xã.
            2. Thời gian: từ 08h30 - 10h00, thứ Ba, ngày 20/02/2024.
            3. Địa điểm: Tại Hội trường Ủy ban nhân dân xã Đắk Ruồng.
            Kính mời các đại biểu về dự./.
            """);

        Assert.Equal("Giấy mời", r.Type);
        Assert.Equal("15/GM-UBND", r.Number);
        Assert.Equal("Dự Lễ ra quân đầu xuân năm 2024", r.Title);
        var ceremony = Assert.Single(r.Events);
        Assert.Equal(new DateTimeOffset(2024, 2, 20, 8, 30, 0, TimeSpan.FromHours(7)), ceremony.Start);
        Assert.Equal(new DateTimeOffset(2024, 2, 20, 10, 0, 0, TimeSpan.FromHours(7)), ceremony.End);
        Assert.Equal("Hội trường Ủy ban nhân dân xã Đắk Ruồng", ceremony.Place);
        Assert.Equal(["Thường trực Huyện ủy", "Lãnh đạo Ủy ban MTTQ Việt Nam huyện", "Chủ tịch Ủy ban nhân dân các xã"], ceremony.Attendees);
        Assert.Contains("\"attendees\": [", DocumentReadingJson.Write(r), StringComparison.Ordinal);
    }

    [Fact]
    public void A_programme_posted_as_a_page_gives_its_type_title_and_ceremony()
    {
        var r = DocumentReader.Read("""
            Chương trình tổ chức Lễ khai mạc Hội thao huyện Kon Rẫy năm 2024
            Ngày đăng: Lượt xem:
            Lễ khai mạc Hội thao được tổ chức vào lúc 18 giờ 30 phút, ngày 14 tháng 3 năm 2024 tại Sân vận động huyện Kon Rẫy.
            Chương trình Lễ khai mạc như sau:
            1. Chào cờ.
            2. Tuyên bố lý do, giới thiệu đại biểu.
            """);

        Assert.Equal("Chương trình", r.Type);
        Assert.Equal("tổ chức Lễ khai mạc Hội thao huyện Kon Rẫy năm 2024", r.Title);
        var ceremony = Assert.Single(r.Events);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 18, 30, 0, TimeSpan.FromHours(7)), ceremony.Start);
        Assert.Equal("Sân vận động huyện Kon Rẫy", ceremony.Place);
    }
}
