namespace RaQuan.Tests.Results;

/// <summary>Result tables read from the workbook staff keep their figures in.</summary>
public sealed class ResultWorkbookTests
{
    private const string Sidecar = """
        -- content/results/ket-qua.yml --
        title: "Kết quả ra quân"
        columns:
          - { name: "Số người", aggregate: sum }
          - { name: "Số cây", unit: cây, aggregate: sum }
          - { name: "Chiều dài", unit: m, aggregate: sum }
          - { name: "Kinh phí", unit: "triệu đồng", aggregate: sum }
        """;

    // As a district office lays a report out: title rows, a two-row header with merged cells, an STT column, a row
    // numbering the columns, a formula, a figure typed as Vietnamese text, a "Tổng cộng" row, a signature below.
    private static readonly object?[][] Report =
    [
        ["ỦY BAN NHÂN DÂN HUYỆN KON RẪY"],
        ["BẢNG TỔNG HỢP KẾT QUẢ RA QUÂN ĐẦU NĂM"],
        [],
        ["STT", "Đơn vị", "Kết quả thực hiện", null, "Chiều dài", "Kinh phí"],
        [null, null, "Số người", "Số cây", null, null],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        [1, "Xã Đắk La", 120, new Formula("D8*2", 300), "1.872,8", 500],
        [2, "Huyện Kon Rẫy", 80, 150, 13136.1, "705"],
        ["Tổng cộng", null, new Formula("SUM(C7:C8)", 200), 450, 15008.9, 1250],
        [],
        [null, "NGƯỜI LẬP BIỂU"],
    ];

    private static readonly string[] Merges = ["A2:F2", "A4:A5", "B4:B5", "C4:D4", "E4:E5", "F4:F5", "A9:B9"];

    [Fact]
    public void A_report_with_title_rows_merged_headers_and_a_wrong_total_is_read_and_the_total_checked()
    {
        using var site = TestSite.Create(Sidecar);
        Workbooks.Write(Path.Combine(site.Content, "results", "ket-qua.xlsx"), ("Sheet1", Report, Merges));

        var run = site.BuildOk();

        var rows = site.Html("ket-qua/ket-qua/index.html").QuerySelectorAll("table.results tbody tr")
            .Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["Xã Đắk La", "120", "300", "1.872,8", "500"], rows[0]);
        Assert.Equal(["Huyện Kon Rẫy", "80", "150", "13.136,1", "705"], rows[1]);
        Assert.Equal(2, rows.Count);
        Assert.Contains("content/results/ket-qua.xlsx: warning: Sheet1!F9: typed 1.250, the rows add up to 1.205", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n'), l => l.Contains("typed", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sheet_named_in_the_description_is_read_and_an_unknown_one_is_an_error()
    {
        using var site = TestSite.Create(Sidecar.Replace("title:", "sheet: \"Quý I\"\ntitle:", StringComparison.Ordinal));
        object?[][] other = [["Đơn vị", "Số người"], ["Xã Đắk La", 999]];
        Workbooks.Write(Path.Combine(site.Content, "results", "ket-qua.xlsx"), ("Tháng 1", other, []), ("Quý I", Report, Merges));
        site.BuildOk();
        site.AssertFileContains("ket-qua/ket-qua/index.html", "13.136,1", "!999");

        site.Write(Sidecar.Replace("title:", "sheet: \"Quy 1\"\ntitle:", StringComparison.Ordinal));
        site.BuildFailsWith("content/results/ket-qua.yml:1:8: error: the workbook has no sheet \"Quy 1\"\n  fix: did you mean \"Quý I\"?");
    }

    [Fact]
    public void Percent_cells_text_in_a_figure_column_and_an_undescribed_column_are_reported_at_their_cell()
    {
        using var site = TestSite.Create("""
            -- content/results/ty-le.yml --
            title: "Tỷ lệ"
            columns:
              - { name: "Tỷ lệ", unit: "%", aggregate: average }
              - { name: "Số hộ", aggregate: sum }
            """);
        object?[][] sheet = [["TT", "Đơn vị", "Tỷ lệ", "Số hộ", "Ghi chú"], [1, "Xã Đắk La", new Percent(0.9801), "khoảng 50", ""]];
        Workbooks.Write(Path.Combine(site.Content, "results", "ty-le.xlsx"), ("Sheet1", sheet, []));
        var run = site.BuildFails("content/results/ty-le.xlsx", "Sheet1!D2: Số hộ: \"khoảng 50\" is not a number");
        Assert.Contains("content/results/ty-le.xlsx: error: Sheet1!E1: the column \"Ghi chú\" is not described", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\"TT\"", run.Error, StringComparison.Ordinal);

        object?[][] fixedSheet = [["TT", "Đơn vị", "Tỷ lệ", "Số hộ"], [1, "Xã Đắk La", new Percent(0.9801), "50"]];
        Workbooks.Write(Path.Combine(site.Content, "results", "ty-le.xlsx"), ("Sheet1", fixedSheet, []));
        site.BuildOk();
        site.AssertFileContains("ket-qua/ty-le/index.html", "98,01");
    }

    [Fact]
    public void A_csv_saved_by_excel_in_the_vietnamese_windows_code_page_is_refused_with_how_to_save_it_as_utf8()
    {
        using var site = TestSite.Create(ResultFiles.Sidecar);
        File.WriteAllBytes(Path.Combine(site.Content, "results", "ket-qua.csv"),
            Windows1258("Đơn vị,Chiều dài,Kế hoạch,Tỷ lệ,Xếp hạng\r\nXã Đắk La,\"1872,8\",2.000,\"98,01\",2\r\nHuyện Kon Rẫy,1,2,3,1\r\n"));
        site.BuildFails("content/results/ket-qua.csv:1", "the CSV file was saved in the Windows code page for Vietnamese (Windows-1258)", fix: "\"CSV UTF-8 (Comma delimited) (*.csv)\"");
    }

    // As Excel writes it: the letters with a breve, circumflex or horn whole, the tones as combining marks after them.
    private static byte[] Windows1258(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        for (var i = 0; i < decomposed.Length; i++)
        {
            var end = i + 1;
            while (end < decomposed.Length && decomposed[end] is >= '\u0300' and <= '\u036F')
            {
                end++;
            }

            var marks = decomposed[(i + 1)..end];
            var shape = marks.Where(m => m is '\u0306' or '\u0302' or '\u031B').ToArray();
            builder.Append(string.Concat(decomposed[i], new string(shape)).Normalize(NormalizationForm.FormC));
            builder.Append(marks.Where(m => !shape.Contains(m)).ToArray());
            i = end - 1;
        }

        return CodePagesEncodingProvider.Instance.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!.GetBytes(builder.ToString());
    }
}
