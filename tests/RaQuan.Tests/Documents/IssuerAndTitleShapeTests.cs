using RaQuan.Documents;

namespace RaQuan.Tests.Documents;

/// <summary>
/// Headers of bodies other than People's Committees, the authority line below a quyết định's trích yếu, and what
/// portals do to titles and numbers (words run together, a dropped dash, a quote glued on), each in our own words.
/// </summary>
public sealed class IssuerAndTitleShapeTests
{
    [Fact]
    public void A_department_under_the_province_is_the_issuer_named_with_the_province()
    {
        var r = DocumentReader.Read("""
            UBND TỈNH ĐẮK NÔNG
            SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
            Số: 88/SVHTTDL-VP
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Gia Nghĩa, ngày 02 tháng 3 năm 2024
            V/v tổ chức giải chạy việt dã mùa xuân
            Kính gửi: Ủy ban nhân dân các huyện.
            """);

        Assert.Equal("Công văn", r.Type);
        Assert.Equal("Sở văn hóa, thể thao và du lịch tỉnh Đắk Nông", r.Issuer);
        Assert.Equal(new Locality("Đắk Nông", "tỉnh"), r.Locality);
    }

    [Fact]
    public void A_council_and_the_authority_line_below_its_title_are_told_apart()
    {
        var r = DocumentReader.Read("""
            HỘI ĐỒNG NHÂN DÂN
            HUYỆN ĐẮK HÀ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 15/NQ-HĐND
            Đắk Hà, ngày 10 tháng 7 năm 2024
            NGHỊ QUYẾT
            VỀ DỰ TOÁN CHI CHO LỄ HỘI CÀ PHÊ
            HỘI ĐỒNG NHÂN DÂN HUYỆN ĐẮK HÀ
            KHÓA XII KỲ HỌP THỨ 9
            Căn cứ Luật Tổ chức chính quyền địa phương;
            """);

        Assert.Equal("Hội đồng nhân dân huyện Đắk Hà", r.Issuer);
        Assert.Equal("VỀ DỰ TOÁN CHI CHO LỄ HỘI CÀ PHÊ", r.Title);
    }

    [Fact]
    public void The_authority_line_glued_under_a_decision_title_is_not_part_of_it_unless_the_title_runs_on()
    {
        var closed = DocumentReader.Read("""
            ỦY BAN NHÂN DÂN
            XÃ NGỌK RÉO
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 31/QĐ-UBND
            Ngọk Réo, ngày 04 tháng 5 năm 2024
            QUYẾT ĐỊNH
            VỀ VIỆC THÀNH LẬP TỔ TRỒNG CÂY
            NĂM 2024
            CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGỌK RÉO
            Căn cứ Luật Tổ chức chính quyền địa phương;
            """);
        var runsOn = DocumentReader.Read("""
            ỦY BAN NHÂN DÂN
            XÃ NGỌK RÉO
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 32/QĐ-UBND
            Ngọk Réo, ngày 04 tháng 5 năm 2024
            QUYẾT ĐỊNH
            BAN HÀNH NỘI QUY LÀM VIỆC CỦA
            ỦY BAN NHÂN DÂN XÃ NGỌK RÉO

            Căn cứ Luật Tổ chức chính quyền địa phương;
            """);

        Assert.Equal("VỀ VIỆC THÀNH LẬP TỔ TRỒNG CÂY NĂM 2024", closed.Title);
        Assert.Equal("BAN HÀNH NỘI QUY LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ NGỌK RÉO", runsOn.Title);
    }

    [Fact]
    public void A_party_committee_under_its_district_party_with_the_party_motto_and_star()
    {
        var r = DocumentReader.Read("""
            Trang thông tin điện tử xã
            ĐẢNG BỘ HUYỆN KON RẪY
            ĐẢNG ỦY XÃ ĐẮK TƠ LUNG
            *
            Số 07-KH/ĐU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Đắk Tơ Lung, ngày 15 tháng 01 năm 2024
            KẾ HOẠCH
            tổ chức các hoạt động mừng Đảng, mừng Xuân
            I. MỤC ĐÍCH
            """);

        Assert.Equal("Kế hoạch", r.Type);
        Assert.Equal("07-KH/ĐU", r.Number);
        Assert.Equal("Đảng ủy xã Đắk Tơ Lung", r.Issuer);
        Assert.Equal("tổ chức các hoạt động mừng Đảng, mừng Xuân", r.Title);
    }

    [Fact]
    public void An_agency_wrapped_onto_a_second_line_that_names_no_body_is_one_body()
    {
        var r = DocumentReader.Read("""
            BAN CHẤP HÀNH
            HỘI NÔNG DÂN HUYỆN SA THẦY
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 12/TB-HND
            Sa Thầy, ngày 09 tháng 9 năm 2024
            THÔNG BÁO
            Lịch tiếp nhận hồ sơ vay vốn
            Ban Chấp hành Hội thông báo như sau:
            """);

        Assert.Equal("Hội nông dân huyện Sa Thầy", r.Issuer);
    }

    [Fact]
    public void A_page_heading_in_capitals_is_not_taken_for_the_agency()
    {
        var r = DocumentReader.Read("""
            THÔNG BÁO NGHỈ LỄ QUỐC KHÁNH
            Thứ Hai, 26/08/2024
            THÔNG BÁO NGHỈ LỄ QUỐC KHÁNH
            Thực hiện chỉ đạo của cấp trên, Ủy ban nhân dân xã Hơ Moong thông báo lịch nghỉ lễ như sau:
            1. Thời gian nghỉ: hai ngày.
            """);

        Assert.Equal("Ủy ban nhân dân xã Hơ Moong", r.Issuer);
    }

    [Fact]
    public void A_committee_without_its_unit_takes_level_and_name_from_the_authority_line_and_the_text()
    {
        var r = DocumentReader.Read("""
            ỦY BAN NHÂN DÂN |
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 77/QĐ-UBND |
            Pleiku, ngày 05 tháng 3 năm 2024 |
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
            Căn cứ Luật Tổ chức chính quyền địa phương;
            Xét đề nghị của Sở Nội vụ tỉnh Gia Lai,
            """);

        Assert.Equal("Ủy ban nhân dân tỉnh Gia Lai", r.Issuer);
    }

    [Fact]
    public void A_decision_title_left_without_its_type_line_is_read_above_the_authority()
    {
        var r = DocumentReader.Read("""
            ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 19/2024/QĐ-UBND | Kon Tum, ngày 11 tháng 6 năm 2024 |
            BAN HÀNH QUY CHẾ QUẢN LÝ CÂY XANH ĐÔ THỊ
            ỦY BAN NHÂN DÂN TỈNH KON TUM
            Căn cứ Luật Tổ chức chính quyền địa phương;
            """);

        Assert.Equal("Quyết định", r.Type);
        Assert.Equal("BAN HÀNH QUY CHẾ QUẢN LÝ CÂY XANH ĐÔ THỊ", r.Title);
        Assert.Equal("Ủy ban nhân dân tỉnh Kon Tum", r.Issuer);
    }

    [Fact]
    public void A_committee_named_after_a_comma_in_the_opening_sentence_is_the_issuer()
    {
        var r = DocumentReader.Read("""
            ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 40/KH-UBND | Kon Tum, ngày 11 tháng 6 năm 2024 |
            KẾ HOẠCH
            Phòng chống đuối nước cho trẻ em
            Để bảo vệ trẻ em trong dịp hè, UBND tỉnh xây dựng Kế hoạch như sau:
            Kế hoạch áp dụng trên địa bàn tỉnh Kon Tum.
            """);

        Assert.Equal("Ủy ban nhân dân tỉnh Kon Tum", r.Issuer);
    }

    [Fact]
    public void Words_run_together_are_split_by_the_documents_own_words_or_by_the_shape_of_syllables()
    {
        var r = DocumentReader.Read("""
            ỦY BAN NHÂN DÂN
            HUYỆN ĐẮK TÔ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 5/QĐ-UBND
            Đắk Tô, ngày 02 tháng 01 năm 2024
            QUYẾT ĐỊNH
            BANHÀNH QUY CHẾ THI ĐUA VÀ PHÊDUYỆT DANH SÁCH
            Căn cứ thẩm quyền ban hành văn bản của Ủy ban nhân dân huyện;
            """);

        Assert.Equal("BAN HÀNH QUY CHẾ THI ĐUA VÀ PHÊ DUYỆT DANH SÁCH", r.Title);
    }

    [Fact]
    public void A_quote_glued_to_the_word_before_it_is_set_apart()
    {
        var r = DocumentReader.Read("""
            ỦY BAN NHÂN DÂN
            XÃ ĐẮK LA
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 9/UBND-VP
            Đắk La, ngày 02 tháng 01 năm 2024
            V/v hưởng ứng"Ngày hội đọc sách"năm 2024
            Kính gửi: các thôn.
            """);

        Assert.Equal("hưởng ứng \"Ngày hội đọc sách\" năm 2024", r.Title);
    }

    [Fact]
    public void A_tieu_ngu_without_dashes_and_a_garbled_quoc_hieu_still_open_the_document()
    {
        var r = DocumentReader.Read("""
            Tải văn bản (.pdf)
            Quyết định số 3 của tỉnh
            ỦY BAN NHÂN DÂN
            TỈNH KON TUM
            Số: 3/QĐUBND
            CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM
            Độc lập  Tự do  Hạnh phúc
            Kon Tum, ngày 03 tháng 01 năm 2024
            QUYẾT ĐỊNH
            VỀ VIỆC GIAO CHỈ TIÊU TRỒNG RỪNG
            Căn cứ Luật Lâm nghiệp;
            """);

        Assert.Equal("Quyết định", r.Type);
        Assert.Equal("3/QĐ-UBND", r.Number);
        Assert.Equal(new DateOnly(2024, 1, 3), r.Date);
        Assert.Equal("Ủy ban nhân dân tỉnh Kon Tum", r.Issuer);
    }

    [Fact]
    public void A_number_line_led_by_the_type_name_and_an_agency_of_two_lines_without_a_body_word()
    {
        var r = DocumentReader.Read("""
            ỦY BAN THƯỜNG VỤ
            QUỐC HỘI
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Nghị quyết số: 901/2024/UBTVQH15
            Hà Nội, ngày 05 tháng 02 năm 2024
            NGHỊ QUYẾT
            VỀ VIỆC THÀNH LẬP MỘT SỐ PHƯỜNG
            ỦY BAN THƯỜNG VỤ QUỐC HỘI
            Căn cứ Hiến pháp;
            """);

        Assert.Equal("Nghị quyết", r.Type);
        Assert.Equal("901/2024/UBTVQH15", r.Number);
        Assert.Equal("Ủy ban thường vụ quốc hội", r.Issuer);
        Assert.Equal("VỀ VIỆC THÀNH LẬP MỘT SỐ PHƯỜNG", r.Title);
    }

    [Fact]
    public void A_drafts_dotted_blank_day_and_a_number_padded_apart_from_so_are_blanks_not_the_end_of_the_header()
    {
        var r = DocumentReader.Read("""
            ỦY BAN NHÂN DÂN
            XÃ ĐẮK MAR
            Số:         / TB-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập – Tự do – Hạnh phúc
            Đắk Mar, ngày ….. tháng 12 năm 2024
            THÔNG BÁO
            Về việc tạm dừng tiếp công dân
            –––––––––––
            Ủy ban nhân dân xã thông báo như sau:
            """);

        Assert.Equal("Thông báo", r.Type);
        Assert.Null(r.Number);
        Assert.Null(r.Date);
        Assert.Equal(2024, r.Year);
        Assert.Equal("Đắk Mar", r.Place);
        Assert.Equal("Ủy ban nhân dân xã Đắk Mar", r.Issuer);
        Assert.Equal("Về việc tạm dừng tiếp công dân", r.Title);
    }

    [Fact]
    public void Blank_lines_between_the_agency_and_the_motto_do_not_count_against_the_header()
    {
        var blanks = string.Concat(Enumerable.Repeat("\n", 10));
        var r = DocumentReader.Read($"Tạm dừng họp chợ\n21/07/2024 08:25 145 lượt xem\n\nỦY BAN NHÂN DÂN\n\nXÃ ĐẮK LA\n{blanks}Số: 07/TB-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nĐắk La, ngày 21 tháng 7 năm 2024\nTHÔNG BÁO\nV/v Tạm dừng họp chợ\nThực hiện chỉ đạo của huyện.\n");

        Assert.Equal("Ủy ban nhân dân xã Đắk La", r.Issuer);
    }

    [Fact]
    public void A_title_whose_last_line_the_page_set_apart_is_joined_when_the_pages_heading_says_so()
    {
        const string Page = """
            Ra quân dọn vệ sinh môi trường Xuân Giáp Thìn năm 2024

            Đăng lúc: 10/01/2024 (GMT+7)

            ỦY BAN NHÂN DÂN

            XÃ ĐẮK LA

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

            Độc lập – Tự do – Hạnh phúc

            Số: 4/KH-UBND

            Đắk La, ngày 08 tháng 01 năm 2024

            KẾ HOẠCH

            Ra quân dọn vệ sinh môi trường

            Xuân Giáp Thìn năm 2024

            Thực hiện chỉ đạo của huyện, UBND xã Đắk La ban hành Kế hoạch như sau:
            """;
        var withHeading = DocumentReader.Read(Page);
        var withoutHeading = DocumentReader.Read(Page.Replace("Ra quân dọn vệ sinh môi trường Xuân Giáp Thìn năm 2024\n", "Tin tức\n", StringComparison.Ordinal));

        Assert.Equal("Ra quân dọn vệ sinh môi trường Xuân Giáp Thìn năm 2024", withHeading.Title);
        Assert.DoesNotContain("Xuân Giáp Thìn", withHeading.Body.Split('\n')[0], StringComparison.Ordinal);
        Assert.Equal("Ra quân dọn vệ sinh môi trường", withoutHeading.Title);
    }
}
