namespace RaQuan.Tests.Results;

/// <summary>
/// A result table over the base site (a commune and two districts, a target, a mean and a column without total), and a
/// plan with indicators.
/// </summary>
internal static class ResultFiles
{
    public const string Sidecar = """
        -- content/results/ket-qua.yml --
        title: "Kết quả ra quân"
        period: "Quý I/2024"
        source_plan: phat-dong-thi-dua-huyen-kon-ray
        notes: "Số minh họa."
        columns:
          - { name: "Chiều dài", unit: m, aggregate: sum, target: "Kế hoạch" }
          - { name: "Kế hoạch", unit: m, aggregate: sum }
          - { name: "Tỷ lệ", unit: "%", aggregate: average }
          - { name: "Xếp hạng", aggregate: none }
        """;

    public const string Csv = """
        -- content/results/ket-qua.csv --
        Đơn vị,Chiều dài,Kế hoạch,Tỷ lệ,Xếp hạng
        Xã Đắk La,"1872,8",2.000,"98,01",2
        H. Đăk Hà,,,,
        Huyện Kon Rẫy,"13.136,1","13.000","97,5",1
        """;

    public const string Site = Sidecar + "\n" + Csv;

    /// <summary>content/plans/chi-tieu.md ("Chỉ tiêu năm 2024") with the indicators: list given, its first item on line 6.</summary>
    public static string PlanWithIndicators(string indicators) => $"""
        -- content/plans/chi-tieu.md --
        ---
        title: "Chỉ tiêu năm 2024"
        date: 2024-02-01
        unit: kon-ray
        indicators:
        {indicators}
        ---
        Nội dung.
        """;
}
