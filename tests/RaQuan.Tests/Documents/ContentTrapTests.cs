using RaQuan.Documents;

using RaQuan.Model;

namespace RaQuan.Tests.Documents;

/// <summary>Events, deadlines, indicators, signer and recipients as real plans write them.</summary>
public sealed class ContentTrapTests
{
    private const string Head = "KẾ HOẠCH\nRa quân\n\n";

    [Theory]
    [InlineData("a) Thời gian: vào lúc **08^h30'**, **thứ Ba, ngày 20 tháng 02 năm 2024**.", "2024-02-20T08:30:00+07:00", null, "11 tháng Giêng năm Giáp Thìn")]
    [InlineData("- Thời gian: Lúc 08 giờ 00 phút, thứ Sáu, ngày **23/02/2024** (14/01 năm Giáp Thìn).", "2024-02-23T08:00:00+07:00", null, "14 tháng Giêng năm Giáp Thìn")]
    [InlineData("Thời gian: từ 7h30 -9h00, Thứ ba, ngày 06/02/2018.", "2018-02-06T07:30:00+07:00", "2018-02-06T09:00:00+07:00", null)]
    [InlineData("- 15 giờ ngày 24/4/2022 (chiều chủ nhật): đón đoàn đại biểu.", "2022-04-24T15:00:00+07:00", null, null)]
    public void Event_starts_at_the_stated_time_in_vietnam(string line, string start, string? end, string? lunar)
    {
        var e = Assert.Single(DocumentReader.Read(Head + line).Events);
        Assert.Equal(start, DocumentReadingJson.Iso(e.Start));
        Assert.Equal(end, e.End is { } t ? DocumentReadingJson.Iso(t) : null);
        if (lunar is not null)
        {
            Assert.Equal(lunar, e.Lunar);
        }
    }

    [Fact]
    public void Event_place_comes_from_the_dia_diem_line()
    {
        var reading = DocumentReader.Read(Head + "- Thời gian: Lúc 08 giờ 00 phút, ngày 23/02/2024.\n\n- Địa điểm: Tại UBND xã Nhân Cơ.");
        Assert.Equal("UBND xã Nhân Cơ", Assert.Single(reading.Events).Place);
    }

    [Fact]
    public void Weekday_that_does_not_match_its_date_is_a_warning() =>
        Assert.Contains(DocumentReader.Read(Head + "Vào lúc 08h00, thứ Tư, ngày 20/02/2024.").Warnings, w => w.StartsWith("line 4:", StringComparison.Ordinal) && w.Contains("thứ Tư", StringComparison.Ordinal));

    [Theory]
    [InlineData("Thời gian phát động thi đua: Từ ngày 01/01/2024 đến hết ngày 31/12/2024.")]
    [InlineData("Căn cứ Quyết định số 10/QĐ-UBND ngày 01 tháng 02 năm 2024 của UBND tỉnh;")]
    [InlineData("Ngày cập nhật 12/03/2024 10:15")]
    public void Dates_without_a_time_or_from_portal_furniture_are_not_events(string line) =>
        Assert.Empty(DocumentReader.Read(Head + line).Events);

    [Fact]
    public void Deadline_is_the_date_after_truoc_ngay()
    {
        var d = Assert.Single(DocumentReader.Read(Head + "- Báo cáo kết quả (*trước ngày 26 tháng 02 năm 2024*).").Deadlines);
        Assert.Equal(new DateOnly(2024, 2, 26), d.Date);
    }

    [Theory]
    [InlineData("- Tổng giá trị sản xuất: 2.192 tỷ đồng;", "Tổng giá trị sản xuất", "2192", "tỷ đồng", null)]
    [InlineData("- Thu nhập bình quân đầu người: 39,42 triệu đồng/người/năm;", "Thu nhập bình quân đầu người", "39.42", "triệu đồng/người/năm", null)]
    [InlineData("- Tổng diện tích gieo trồng đạt 13.136,1 ha. Diện tích cây ăn quả trồng mới 170 ha;", "Tổng diện tích gieo trồng", "13136.1", "ha", null)]
    [InlineData("- Tổng diện tích gieo trồng: 4.482,38ha. Trong đó: Diện tích cây lâu năm: 3.204,08ha;", "Tổng diện tích gieo trồng", "4482.38", "ha", null)]
    [InlineData("- Tỷ lệ bao phủ bảo hiểm y tế: 98,01%;", "Tỷ lệ bao phủ bảo hiểm y tế", "98.01", "%", null)]
    [InlineData("- Tỷ lệ giải quyết tin báo về tội phạm đạt trên 90%;", "Tỷ lệ giải quyết tin báo về tội phạm", "90", "%", "trên")]
    public void Indicator_is_a_label_and_a_vietnamese_figure(string line, string label, string value, string unit, string? qualifier)
    {
        var i = Assert.Single(DocumentReader.Read(Head + line).Indicators);
        Assert.Equal(new Indicator(label, decimal.Parse(value, CultureInfo.InvariantCulture), unit, qualifier), i);
    }

    [Theory]
    [InlineData("- Xây dựng thêm 03 sản phẩm đạt 03 sao;")]
    [InlineData("- Chi đầu tư phát triển (*phân cấp ngân sách huyện*): 15.428 triệu đồng;")]
    [InlineData("- Tỷ lệ hộ nghèo giảm ít nhất: 4,5% (*theo chuẩn nghèo mới*);")]
    public void Counts_and_figures_with_remarks_are_not_indicators(string line) =>
        Assert.Empty(DocumentReader.Read(Head + line).Indicators);

    [Theory]
    [InlineData("Nơi nhận:\n- Sở Nội vụ (b/c);\n- Tổ trưởng Tổ Tỉnh ủy viên\nphụ trách các huyện;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Hữu Tháp", 3, "Nguyễn Hữu Tháp", "TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH")]
    [InlineData("**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\nTrần Công Dũng\n\nNơi nhận:\n- UBND tỉnh;\n- Lưu VT.", 2, "Trần Công Dũng", "KT. CHỦ TỊCH|PHÓ CHỦ TỊCH")]
    [InlineData("Nơi nhận:\n- Như trên;\n\nP.CHỦ TỊCH\n(Đã ký)\n\nNGUYỄN VĂN AN", 1, "Nguyễn Văn An", "P.CHỦ TỊCH")]
    public void Signer_and_recipients_are_read_in_either_order(string closing, int recipients, string name, string authority)
    {
        var reading = DocumentReader.Read(Head + "Nội dung kế hoạch./.\n\n" + closing);
        Assert.Equal(recipients, reading.Recipients.Count);
        Assert.Equal(name, reading.Signer?.Name);
        Assert.Equal(authority.Split('|'), reading.Signer?.Authority);
    }

    [Fact]
    public void Thanh_phan_moi_is_not_noi_nhan()
    {
        var reading = DocumentReader.Read("GIẤY MỜI\nDự lễ ra quân\n\nThành phần mời:\n- Lãnh đạo Huyện ủy;\n- Lãnh đạo UBND huyện.\n\nCHỦ TỊCH\n\nLê Văn Bình");
        Assert.Empty(reading.Recipients);
        Assert.Contains("- Lãnh đạo Huyện ủy;", reading.Body, StringComparison.Ordinal);
    }
}
