namespace RaQuan.Tests.Results;

public sealed class ResultErrorTests
{
    [Theory]
    [InlineData("Đơn vị,Chiều dài,Kế hoạch,Tỷ lệ,Xếp hạng\nXã Đắk La,\"1,234.5\",2.000,1,1\nHuyện Kon Rẫy,\"2,500.75\",1,1,1\n",
        "content/results/ket-qua.csv:2:11: error: the numbers look English-formatted (\"1,234.5\" and 1 more)")]
    [InlineData("Đơn vị,Chiều dài,Kế hoạch,Tỷ lệ,Xếp hạng\nXã Đắk La,1872,8,2.000,1,1\n",
        "content/results/ket-qua.csv:2:26: error: the row has 6 cells but the header has 5")]
    [InlineData("Đơn vị,Chiều dài,Kế hoạch,Tỷ lệ,Xếp hạng\nXã Đắk La,khoảng 500,2.000,1,1\n",
        "content/results/ket-qua.csv:2:11: error: Chiều dài: \"khoảng 500\" is not a number")]
    [InlineData("Đơn vị,Chiều dài,Kế hoạch,Tỷ lệ,Xếp hạng\nXã Đắk La,1,2,3,4\nĐăk La,5,6,7,8\n",
        "content/results/ket-qua.csv:3:1: error: Xã Đắk La already has a row at ")]
    [InlineData("Đơn vị,Chiều dài,Kế hoạch,Tỷ lệ,Xếp hạng,Ghi chú\nXã Đắk La,1,2,3,4,x\n",
        "content/results/ket-qua.csv:1:42: error: the column \"Ghi chú\" is not described in the sidecar's \"columns:\"")]
    [InlineData("Đơn vị,Chiều dài,Kế hoạch,Xếp hạng\nXã Đắk La,1,2,4\n",
        "content/results/ket-qua.csv:1:1: error: the data has no column \"Tỷ lệ\"")]
    [InlineData("Đơn vị,Chiều dài,Kế hoạch,Tỷ lệ,Xếp hạng\nXã Đắk Lai,1,2,3,4\n",
        "content/results/ket-qua.csv:2:1: error: \"Xã Đắk Lai\" is not a unit in units.yml\n  fix: did you mean \"Xã Đắk La\"?")]
    [InlineData("Đơn vị,Chiều dài,Kế hoạch,Tỷ lệ,Xếp hạng\nĐắk Hà,1,2,3,4\nXã Đắk La,1,2,3,4\nHuyện Kon Rẫy,1,2,3,4\n",
        "content/results/ket-qua.csv:2:1: error: \"Đắk Hà\" could be \"Huyện Đắk Hà (tỉnh Kon Tum)\" or \"Thị trấn Đắk Hà (huyện Đắk Hà)\"")]
    [InlineData("Đơn vị,Chiều dài,Kế hoạch,Tỷ lệ,Xếp hạng\n,1,2,3,4\n",
        "content/results/ket-qua.csv:2:1: error: the row has no unit in \"Đơn vị\"")]
    public void Bad_data_is_reported_at_its_cell_with_a_fix(string csv, string expected)
    {
        using var site = TestSite.Create(ResultFiles.Sidecar + "\n-- content/results/ket-qua.csv --\n" + csv);
        site.BuildFailsWith(expected, fix: "fix: ");
    }

    [Theory]
    [InlineData("target: \"Kế hoach\"", "content/results/ket-qua.yml:6:59: error: target column \"Kế hoach\" is not one of the table's columns\n  fix: did you mean \"Kế hoạch\"?")]
    [InlineData("aggregate: total", "content/results/ket-qua.yml:6:46: error: aggregate: \"total\" is not a way to total a column")]
    [InlineData("agregate: sum", "content/results/ket-qua.yml:6:35: error: unknown field \"agregate\"\n  fix: did you mean \"aggregate\"?")]
    public void Bad_column_descriptions_are_reported_with_a_fix(string replacement, string expected)
    {
        var sidecar = ResultFiles.Sidecar.Replace("aggregate: sum, target: \"Kế hoạch\"", replacement.StartsWith("target", StringComparison.Ordinal)
            ? "aggregate: sum, " + replacement
            : replacement, StringComparison.Ordinal);
        using var site = TestSite.Create(sidecar + "\n" + ResultFiles.Csv);
        site.BuildFailsWith(expected);
    }

    [Fact]
    public void An_unknown_source_plan_is_reported_with_the_closest_slug()
    {
        using var site = TestSite.Create(ResultFiles.Site.Replace("source_plan: phat-dong-thi-dua-huyen-kon-ray", "source_plan: phat-dong-thi-dua-kon-ray", StringComparison.Ordinal));
        site.BuildFails("content/results/ket-qua.yml:3:14", "plan \"phat-dong-thi-dua-kon-ray\" does not exist\n  fix: did you mean \"phat-dong-thi-dua-huyen-kon-ray\"?");
    }

    [Fact]
    public void A_source_plan_whose_unit_is_unknown_is_one_error_at_the_plan_not_a_second_at_the_table()
    {
        using var site = TestSite.Create(ResultFiles.Site + "\n" + SampleFiles.KonRayPlan("Nội dung.", unit: "kon-rayy"));

        var run = site.BuildFails("plans/kon-ray.md:4:7", "unit \"kon-rayy\" is not in units.yml");

        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public void Data_without_a_description_and_a_description_without_data_are_errors()
    {
        using var site = TestSite.Create("""
            -- content/results/mo-coi.csv --
            Đơn vị,Số cây
            Xã Đắk La,5
            -- content/results/trong.yml --
            title: "Không có số liệu"
            columns:
              - { name: "Số cây", aggregate: sum }
            """);
        var run = site.BuildFailsWith("content/results/mo-coi.csv:1:1: error: the result data has no description\n  fix: create ");
        Assert.True(run.Error.Contains("content/results/trong.yml:1:1: error: the result table has no data: ", StringComparison.Ordinal), run.Error);
    }

    [Fact]
    public void A_bad_indicator_value_in_front_matter_is_reported()
    {
        using var site = TestSite.Create(ResultFiles.PlanWithIndicators("""
              - { label: "Thu nhập", value: "39.42", unit: "triệu đồng" }
            """));

        site.BuildFails("content/plans/chi-tieu.md:6:33", "value: \"39.42\" looks like an English-style number");
    }
}
