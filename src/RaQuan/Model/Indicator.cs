namespace RaQuan.Model;

/// <summary>A target figure: "Tổng giá trị sản xuất: 2.192 tỷ đồng" gives 2192 and "tỷ đồng".</summary>
public sealed record Indicator(string Label, decimal Value, string Unit, string? Qualifier);
