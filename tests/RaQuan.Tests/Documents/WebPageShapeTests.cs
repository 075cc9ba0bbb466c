using RaQuan.Documents;

namespace RaQuan.Tests.Documents;

/// <summary>
/// The shapes legal-document sites and provincial portals give a document's header when it is copied, each in our
/// own words: a layout table's cells one per line with bars, columns padded apart with spaces, the header on one
/// line, no header at all, line breaks printed as "\r\n".
/// </summary>
public sealed class WebPageShapeTests
{
    [Fact]
    public void A_layout_table_copied_cell_by_cell_with_bars_and_wrapped_words_is_one_header()
    {
        var r = DocumentReader.Read("""
            Thư viện văn bản
            ỦY
            BAN NHÂN DÂN
            TỈNH QUẢNG NAM
            -------
            |
            CỘNG
            HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            |
            Số:
            12/2024/QĐ-UBND
            |
            Tam
            Kỳ, ngày 03 tháng 4 năm 2024
            |
            QUYẾT ĐỊNH
            THỰC HIỆN CHƯƠNG TRÌNH TRỒNG CÂY
            TRÊN ĐỊA BÀN TỈNH
            Căn cứ Luật Tổ chức chính quyền địa phương;
            """);

        Assert.Equal("Quyết định", r.Type);
        Assert.Equal("12/2024/QĐ-UBND", r.Number);
        Assert.Equal(new DateOnly(2024, 4, 3), r.Date);
        Assert.Equal("Tam Kỳ", r.Place);
        Assert.Equal("Ủy ban nhân dân tỉnh Quảng Nam", r.Issuer);
        Assert.Equal("THỰC HIỆN CHƯƠNG TRÌNH TRỒNG CÂY TRÊN ĐỊA BÀN TỈNH", r.Title);
    }

    [Fact]
    public void A_row_of_cells_ending_in_bars_and_a_date_cut_after_ngay_are_read()
    {
        var r = DocumentReader.Read("""
            ỦY BAN NHÂN DÂN
            TỈNH SÓC TRĂNG
            -------
            |
            CỘNG HÒA XÃ HỘI
            CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            |
            Số: 7/KH-UBND | Sóc Trăng, ngày
            27 tháng 09 năm 2023 |
            KẾ HOẠCH
            RÀ SOÁT HỘ NGHÈO NĂM 2023
            Căn cứ Nghị định số 07/2021/NĐ-CP;
            """);

        Assert.Equal("7/KH-UBND", r.Number);
        Assert.Equal(new DateOnly(2023, 9, 27), r.Date);
        Assert.Equal("Sóc Trăng", r.Place);
        Assert.Equal("RÀ SOÁT HỘ NGHÈO NĂM 2023", r.Title);
    }

    [Fact]
    public void Columns_padded_apart_with_spaces_are_split_like_tabs()
    {
        var r = DocumentReader.Read("""
            Kế hoạch vui xuân
            Đăng lúc: 09:02:46 22/01/2024 (GMT+7)
              ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                XÃ ĐẮK LA                                Độc lập- Tự do- Hạnh phúc
                 Số: 05  /KH-UBND                                        Đắk La, ngày  22  tháng 01 năm 2024
            KẾ HOẠCH
            Tổ chức các hoạt động mừng Đảng, mừng Xuân
             năm 2024
             Thực hiện Chỉ thị số 30/CT-UBND ngày 31/12/2023 của Ủy ban nhân dân huyện.
            """);

        Assert.Equal("05/KH-UBND", r.Number);
        Assert.Equal(new DateOnly(2024, 1, 22), r.Date);
        Assert.Equal("Đắk La", r.Place);
        Assert.Equal("Ủy ban nhân dân xã Đắk La", r.Issuer);
        Assert.Equal("Tổ chức các hoạt động mừng Đảng, mừng Xuân năm 2024", r.Title);
    }

    [Fact]
    public void An_official_letter_with_the_header_on_two_lines_and_its_date_below_the_subject()
    {
        var r = DocumentReader.Read("""
            UỶ BAN NHÂN DÂN TỈNH KON TUM******

            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc********

            Số: 88/UBND-KT
            V/v treo cờ Tổ quốc mừng lễ hội

            Kon Tum, ngày 22 tháng 02 năm 2024

            Kính gửi: UBND các huyện, thành phố.
            """);

        Assert.Equal("Công văn", r.Type);
        Assert.Equal("88/UBND-KT", r.Number);
        Assert.Equal(new DateOnly(2024, 2, 22), r.Date);
        Assert.Equal("Kon Tum", r.Place);
        Assert.Equal("Ủy ban nhân dân tỉnh Kon Tum", r.Issuer);
        Assert.Equal("treo cờ Tổ quốc mừng lễ hội", r.Title);
    }

    [Fact]
    public void The_agency_beside_the_motto_on_one_line_is_split_from_it()
    {
        var r = DocumentReader.Read("""
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH KON TUM Độc Lập - Tự Do - Hạnh Phúc

            Số: 45/UBND-VX Kon Tum, ngày 6 tháng 4 năm 2024

            V/v tham gia bầu chọn cảnh đẹp quê hương

            Kính gửi: Các sở, ban, ngành.
            """);

        Assert.Equal("Công văn", r.Type);
        Assert.Equal("45/UBND-VX", r.Number);
        Assert.Equal(new DateOnly(2024, 4, 6), r.Date);
        Assert.Equal("Ủy ban nhân dân tỉnh Kon Tum", r.Issuer);
        Assert.Equal("tham gia bầu chọn cảnh đẹp quê hương", r.Title);
    }

    [Fact]
    public void A_notice_posted_without_its_header_takes_type_and_title_from_the_page_heading_and_no_cited_number()
    {
        var r = DocumentReader.Read("""
            THÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC
            Thứ Hai, 28/04/2025
            Thực hiện Kế hoạch số 46/KH-UBND ngày 28 tháng 4 năm 2025 của UBND xã Đắk La về việc tuyên truyền kỷ niệm ngày lễ, Ủy ban nhân dân xã Đắk La thông báo như sau:
            1/ Các hộ gia đình treo cờ Tổ quốc.
            """);

        Assert.Equal("Thông báo", r.Type);
        Assert.Equal("VỀ VIỆC TREO CỜ TỔ QUỐC", r.Title);
        Assert.Null(r.Number);
        Assert.Null(r.Date);
        Assert.Contains(r.Warnings, w => w.Contains("taken from the web page's heading", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_type_line_the_type_is_inferred_from_the_number_and_said_so()
    {
        var r = DocumentReader.Read("""
            ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 41/2024/QĐ-UBND | Kon Tum, ngày 22 tháng 10 năm 2024 |
            BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO
            ỦY BAN NHÂN DÂN TỈNH KON TUM
            Căn cứ Luật Tổ chức chính quyền địa phương;
            """);

        Assert.Equal("Quyết định", r.Type);
        Assert.Equal("41/2024/QĐ-UBND", r.Number);
        Assert.Equal(new DateOnly(2024, 10, 22), r.Date);
        Assert.Contains(r.Warnings, w => w.Contains("inferred from the number 41/2024/QĐ-UBND", StringComparison.Ordinal));
    }

    [Fact]
    public void Line_breaks_printed_as_escapes_are_line_breaks()
    {
        var r = DocumentReader.Read(
            @"\r\n ỦY BAN NHÂN DÂN | \r\n CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \r\n Số: 54/KH-UBND \r\n | \r\n Kon Tum, ngày 27 tháng 3 năm 2024 \r\n | \r\n\r\nThực hiện Quyết định số 18/QĐ-TTg, Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:");

        Assert.Equal("54/KH-UBND", r.Number);
        Assert.Equal(new DateOnly(2024, 3, 27), r.Date);
        Assert.Equal("Kon Tum", r.Place);
        Assert.Equal("Kế hoạch", r.Type);
    }

    [Fact]
    public void A_number_whose_code_has_lower_case_letters_is_read_whole()
    {
        var r = DocumentReader.Read("THỦ TƯỚNG CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 71/QĐ-TTg\tHà Nội, ngày 15 tháng 06 năm 2024\n\nQUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH\n");

        Assert.Equal("71/QĐ-TTg", r.Number);
    }

    [Fact]
    public void A_mistyped_national_motto_is_passed_by_its_tieu_ngu_and_the_number_under_the_agency_is_kept()
    {
        var r = DocumentReader.Read("""
            Tạm dừng họp chợ phiên
            21/07/2024 08:25 145 lượt xem
            ỦY BAN NHÂN DÂN
            XÃ ĐẮK LA
            Số:   07 /TB-UBND
            CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM
            Độc lập – Tự do – Hạnh phúc
            Đắk La, ngày  21 tháng 7  năm 2024
            THÔNG BÁO
            V/v Tạm dừng họp chợ phiên xã Đắk La
            Thực hiện kết luận của Thường trực Huyện ủy.
            """);

        Assert.Equal("Thông báo", r.Type);
        Assert.Equal("07/TB-UBND", r.Number);
        Assert.Equal(new DateOnly(2024, 7, 21), r.Date);
        Assert.Equal("Ủy ban nhân dân xã Đắk La", r.Issuer);
        Assert.Equal("Tạm dừng họp chợ phiên xã Đắk La", r.Title);
    }
}
