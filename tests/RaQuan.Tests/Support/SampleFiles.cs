namespace RaQuan.Tests.Support;

/// <summary>
/// Files several test classes write: <see cref="Base"/>, the smallest site that has every page kind (three unit
/// levels, plans at each, a page), and the fixtures that vary it or that commands read.
/// </summary>
internal static class SampleFiles
{
    /// <summary>A site.yml that picks the theme folder themes/quang-ngai/.</summary>
    public const string QuangNgaiThemeSite = """
        -- content/site.yml --
        title: "Ra quân 2024"
        base_url: "https://example.gov.vn/ra-quan-2024/"
        publisher:
          name: "Ủy ban nhân dân tỉnh Quảng Ngãi"
        theme:
          name: quang-ngai

        """;

    /// <summary>The old map beside today's: Kon Tum (with Đắk Hà under it) merged into Quảng Ngãi on 1 July 2025.</summary>
    public const string KonTumMergedIntoQuangNgai = """
        -- content/units.yml --
        units:
          - name: Kon Tum
            kind: tỉnh
            code: "62"
            merged_into: { unit: quang-ngai, date: 2025-07-01 }
            children:
              - name: Đắk Hà
                kind: huyện
                code: "615"
          - name: Quảng Ngãi
            kind: tỉnh
            code: "51"
        """;

    /// <summary>The base site; its Kon Rẫy plan is <see cref="KonRayPlan"/> with the sum "2.192 tỷ đồng" in its body.</summary>
    public static readonly string Base = """
        -- content/site.yml --
        title: "Ra quân 2024"
        description: "Kế hoạch ra quân đầu năm"
        base_url: "https://example.gov.vn/ra-quan-2024/"
        language: vi
        publisher:
          name: "Ủy ban nhân dân tỉnh Kon Tum"
          email: "vanthu@kontum.gov.vn"
        feed:
          items: 50
        -- content/units.yml --
        units:
          - name: Kon Tum
            kind: tỉnh
            code: "62"
            children:
              - name: Đắk Hà
                kind: huyện
                children:
                  - name: Đắk La
                    kind: xã
                  - name: Đắk Hà
                    kind: thị trấn
                    slug: thi-tran-dak-ha
              - name: Kon Rẫy
                kind: huyện
          - name: Đắk Nông
            kind: tỉnh
            children:
              - name: Đắk R'Lấp
                kind: huyện
        -- content/plans/tinh.md --
        ---
        title: "Kế hoạch Lễ ra quân đầu năm 2024"
        number: "15/KH-UBND"
        date: 2024-01-25
        issuer: "Ủy ban nhân dân tỉnh Kon Tum"
        unit: kon-tum
        signer:
          name: "Nguyễn Hữu Tháp"
          authority: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
        summary: "Ra quân đồng loạt lúc 08h30 ngày 20/02/2024."
        tags: ["ra quân"]
        ---
        Toàn tỉnh ra quân đồng loạt.

        ## I. MỤC ĐÍCH

        Tạo khí thế thi đua.
        -- content/plans/dak-la.md --
        ---
        title: "Phát động thi đua xã Đắk La năm 2024"
        date: 05/02/2024
        unit: dak-la
        ---
        Xã Đắk La phát động phong trào thi đua yêu nước.
        -- content/plans/dak-r-lap.md --
        ---
        title: "Lễ ra quân đầu xuân Giáp Thìn"
        date: 2024-02-10
        unit: dak-r-lap
        ---
        Ra quân tại xã Nhân Cơ.
        -- content/pages/gioi-thieu.md --
        ---
        title: "Giới thiệu"
        menu: 1
        ---
        Trang thông tin về các kế hoạch ra quân.
        """ + "\n" + KonRayPlan("Tổng giá trị sản xuất: 2.192 tỷ đồng.");

    /// <summary>
    /// The base site's content/plans/kon-ray.md with <paramref name="body"/> from line 6 on, under the unit
    /// <paramref name="unit"/> (a typo such as "kon-rayy" makes it an unknown unit at line 4, column 7).
    /// </summary>
    public static string KonRayPlan(string body, string unit = "kon-ray") => $"""
        -- content/plans/kon-ray.md --
        ---
        title: "Phát động thi đua huyện Kon Rẫy"
        date: 2024-02-01
        unit: {unit}
        ---
        {body}
        """;

    /// <summary>content/plans/so-do.md, the Kon Rẫy plan "Kế hoạch có sơ đồ", showing <paramref name="image"/> on line 8.</summary>
    public static string PlanWithImage(string image) => $"""
        -- content/plans/so-do.md --
        ---
        title: "Kế hoạch có sơ đồ"
        unit: kon-ray
        date: 2024-02-15
        ---
        Sơ đồ vị trí:

        {image}
        """;

    /// <summary>A plan whose unit is in no units.yml: a content error at plans/hong.md:3:7 that fails the build.</summary>
    public const string PlanOfUnknownUnit = """
        -- content/plans/hong.md --
        ---
        title: "Hỏng"
        unit: khong-ton-tai
        date: 2024-01-02
        ---
        """;

    /// <summary>Deletes the base site's four plans, for a site whose units or plans are all the test's own.</summary>
    public const string WithoutBasePlans = """
        -- content/plans/tinh.md --
        (deleted)
        -- content/plans/dak-la.md --
        (deleted)
        -- content/plans/kon-ray.md --
        (deleted)
        -- content/plans/dak-r-lap.md --
        (deleted)
        """;

    /// <summary>A district's plan as its text is typed or copied (header, legal basis, purpose, time, signature): what inspect and import read.</summary>
    public const string TreePlantingPlan = """
        ỦY BAN NHÂN DÂN
        HUYỆN KON RẪY
        Số: 45/KH-UBND
        Kon Rẫy, ngày 02 tháng 02 năm 2024

        KẾ HOẠCH
        Tổ chức trồng cây đầu xuân Giáp Thìn

        Căn cứ Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Kon Tum;

        Ủy ban nhân dân huyện Kon Rẫy xây dựng kế hoạch như sau:

        I. MỤC ĐÍCH, YÊU CẦU
        - Phát động phong trào trồng cây xanh trên các tuyến đường của huyện, tạo cảnh quan sáng, xanh, sạch, đẹp.

        II. THỜI GIAN
        Lúc 08 giờ 00 phút, thứ Sáu, ngày 23/02/2024.

        Nơi nhận:
        - Các xã;
        - Lưu: VT.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH

        Nguyễn Văn An
        """;
}
