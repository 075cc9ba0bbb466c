using RaQuan.Documents;

namespace RaQuan.Tests.Documents;

/// <summary>Header traps from real copies: odd spacing in the number, blanks left for the signing day, cited documents.</summary>
public sealed class HeaderTrapTests
{
    [Theory]
    [InlineData("Số: 66/KH-UBND\n\nKẾ HOẠCH\nRa quân", "66/KH-UBND")]
    [InlineData("Số: 45 /KH-UBND\n\nKẾ HOẠCH\nRa quân", "45/KH-UBND")]
    [InlineData("Số:    111   /CV - UBND\nV/v tổ chức lễ ra quân", "111/CV-UBND")]
    [InlineData("Số:\n\n66/KH-UBND\n\nKẾ HOẠCH\nRa quân", "66/KH-UBND")]
    [InlineData("Số: /KH-UBND\n\nKẾ HOẠCH\nRa quân", null)]
    [InlineData("KẾ HOẠCH\nRa quân\n\nCăn cứ Nghị quyết số 06-NQ/ĐH ngày 30 tháng 9 năm 2020 của Đại hội;", null)]
    [InlineData("KẾ HOẠCH\nRa quân\n\nThực hiện Kế hoạch số 55/KH-UBND ngày 08/3/2022 của UBND huyện Đắk Hà;", null)]
    public void Number_is_read_from_the_header_only(string text, string? number) =>
        Assert.Equal(number, DocumentReader.Read(text).Number);

    [Theory]
    [InlineData("Lục Ba, ngày 22 tháng 01 năm 2024\n\nKẾ HOẠCH\nRa quân", "Lục Ba", "2024-01-22", 2024)]
    [InlineData("Đắk La, ngày   tháng   năm 2024\n\nKẾ HOẠCH\nRa quân", "Đắk La", null, 2024)]
    [InlineData("Số: 12/KH-UBND\tHà Nội, ngày 05/03/2024\n\nKẾ HOẠCH\nRa quân", "Hà Nội", "2024-03-05", 2024)]
    [InlineData("Lượt xem: 1234\nNgày cập nhật 12/03/2024 10:15\nThứ Ba, 12/03/2024 10:15\n\nKẾ HOẠCH\nRa quân\n\nCăn cứ Quyết định số 10/QĐ-UBND ngày 01/02/2024;", null, null, null)]
    public void Place_and_date_come_from_the_date_line_not_from_portal_furniture(string text, string? place, string? date, int? year)
    {
        var reading = DocumentReader.Read(text);
        Assert.Equal(place, reading.Place);
        Assert.Equal(date, reading.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(year, reading.Year);
    }

    [Theory]
    [InlineData("KẾ HOẠCH\nTriển khai các hoạt động\nLễ ra quân đầu năm 2024\n\nCăn cứ …", "Kế hoạch", "Triển khai các hoạt động Lễ ra quân đầu năm 2024")]
    [InlineData("**KẾ HOẠCH**  \n**Phát động phong trào thi đua**  \n**trên địa bàn xã Đắk La**\n\nCăn cứ …", "Kế hoạch", "Phát động phong trào thi đua trên địa bàn xã Đắk La")]
    [InlineData("Số: 111/CV-UBND\nV/v tổ chức lễ ra quân đầu năm\n\nKính gửi: UBND các xã", "Công văn", "tổ chức lễ ra quân đầu năm")]
    [InlineData("GIẤY MỜI\nDự Lễ khánh thành chợ xã\n\nKính gửi: …", "Giấy mời", "Dự Lễ khánh thành chợ xã")]
    public void Type_and_title_are_the_lines_of_the_type_name_and_the_subject(string text, string type, string title)
    {
        var reading = DocumentReader.Read(text);
        Assert.Equal(type, reading.Type);
        Assert.Equal(title, reading.Title);
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN ĐẮK HÀ\tĐộc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\nRa quân", "Ủy ban nhân dân huyện Đắk Hà", "Đắk Hà", "huyện")]
    [InlineData("UBND HUYỆN ĐẠI TỪ\nUBND XÃ LỤC BA\n\nKẾ HOẠCH\nRa quân", "Ủy ban nhân dân xã Lục Ba", "Lục Ba", "xã")]
    [InlineData("KẾ HOẠCH\nRa quân\n\nThực hiện Chỉ thị số 08/CT-UBND của Ủy ban nhân dân tỉnh Kon Tum. Ủy ban nhân dân huyện Kon Rẫy ban hành Kế hoạch như sau:", "Ủy ban nhân dân huyện Kon Rẫy", "Kon Rẫy", "huyện")]
    [InlineData("KẾ HOẠCH\nRa quân trên địa bàn xã Đắk La\n\nUBND xã xây dựng kế hoạch như sau:", "Ủy ban nhân dân xã Đắk La", "Đắk La", "xã")]
    public void Issuer_comes_from_the_header_or_the_committee_as_subject(string text, string issuer, string name, string level)
    {
        var reading = DocumentReader.Read(text);
        Assert.Equal(issuer, reading.Issuer);
        Assert.Equal(new Locality(name, level), reading.Locality);
    }
}
