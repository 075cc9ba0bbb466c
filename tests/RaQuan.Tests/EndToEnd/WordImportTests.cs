namespace RaQuan.Tests.EndToEnd;

/// <summary>`inspect` and `import` of the Word file an officer receives from the document system.</summary>
public sealed class WordImportTests
{
    // The same document as a copy of its text gives it: header columns side by side, signature block after Nơi nhận.
    internal const string AsText = """
        ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ ĐẮK LA	Độc lập - Tự do - Hạnh phúc
        Số: 15/KH-UBND	Đắk La, ngày 12 tháng 02 năm 2024

        KẾ HOẠCH
        Ra quân trồng cây xanh đầu năm 2024

        Căn cứ Kế hoạch số 07/KH-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân huyện Đắk Hà;
        Ủy ban nhân dân xã Đắk La ban hành Kế hoạch ra quân trồng cây xanh đầu năm 2024 như sau:
        I. MỤC ĐÍCH, YÊU CẦU
        - Huy động đoàn viên thanh niên tham gia trồng 500 cây xanh.
        II. NỘI DUNG
        1. Thời gian: 07 giờ 30 phút, ngày 20 tháng 02 năm 2024.
        TT	Thôn	Số cây	Ghi chú
        1	Thôn 1	200	Cây sao đen
        2	Thôn 2	300	Cây sao đen

        Nơi nhận:
        - UBND huyện Đắk Hà;
        - Lưu: VT.
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        (Đã ký)
        Nguyễn Văn Bình
        """;

    private static void WriteDocx(string path)
    {
        using var doc = WordDocuments.Create(path);
        doc.Table(["ỦY BAN NHÂN DÂN\nXÃ ĐẮK LA\nSố: 15/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n*Đắk La, ngày 12 tháng 02 năm 2024*"])
            .Para("**KẾ HOẠCH**")
            .Para("**Ra quân trồng cây xanh đầu năm 2024**")
            .Para("*Căn cứ Kế hoạch số 07/KH-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân huyện Đắk Hà;*")
            .WithFootnote("Ủy ban nhân dân xã Đắk La ban hành Kế hoạch ra quân trồng cây xanh đầu năm 2024 như sau:", "Theo đề nghị của Đoàn Thanh niên xã.")
            .Listed(1, "**MỤC ĐÍCH, YÊU CẦU**")
            .Listed(2, "Huy động đoàn viên thanh niên tham gia trồng ", "**500 cây**", " xanh.")
            .Listed(1, "**NỘI DUNG**")
            .Para("1. Thời gian: 07 giờ 30 phút, ngày 20 tháng 02 năm 2024.")
            .Table(["TT", "Thôn", "Số cây", "Ghi chú"], ["1", "Thôn 1", "200", "Cây sao đen"], ["2", "Thôn 2", "300", "^"])
            .Picture()
            .Table(["Nơi nhận:\n- UBND huyện Đắk Hà;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nNguyễn Văn Bình"]);
    }

    [Fact]
    public void Inspect_reads_a_word_document_with_a_header_table_and_a_signature_table_as_its_text()
    {
        using var site = TestSite.WithDocument(AsText);
        var docx = Path.Combine(site.Root, "ke-hoach.docx");
        WriteDocx(docx);

        var word = TestSite.Run(["inspect", docx, "--json"]);
        var text = TestSite.Run(["inspect", site.Document, "--json"]);

        Assert.Equal(0, word.ExitCode);
        using var w = JsonDocument.Parse(word.Output);
        using var t = JsonDocument.Parse(text.Output);
        foreach (var field in new[] { "type", "number", "date", "place", "title", "issuer", "signer", "recipients", "events", "locality" })
        {
            Assert.Equal(t.RootElement.GetProperty(field).GetRawText(), w.RootElement.GetProperty(field).GetRawText());
        }

        Assert.Equal("15/KH-UBND", w.RootElement.GetProperty("number").GetString());
        Assert.Equal("2024-02-12", w.RootElement.GetProperty("date").GetString());
        Assert.Equal("Nguyễn Văn Bình", w.RootElement.GetProperty("signer").GetProperty("name").GetString());
    }

    [Fact]
    public void Import_of_a_word_document_keeps_lists_emphasis_tables_footnotes_and_pictures()
    {
        using var site = TestSite.Create();
        var docx = Path.Combine(site.Root, "ke-hoach.docx");
        WriteDocx(docx);
        var plans = site.Plans;

        var run = TestSite.Run(["import", docx, "--to", plans]);

        Assert.True(run.ExitCode == 0, run.Error);
        var written = run.Output.Trim();
        var plan = File.ReadAllText(written);
        Assert.Contains("number: \"15/KH-UBND\"", plan, StringComparison.Ordinal);
        Assert.Contains("II. NỘI DUNG", plan, StringComparison.Ordinal);
        Assert.Contains("- Huy động đoàn viên thanh niên tham gia trồng **500 cây** xanh.", plan, StringComparison.Ordinal);
        Assert.Contains("| 2 | Thôn 2 | 300 | Cây sao đen |", plan, StringComparison.Ordinal);
        Assert.Contains("Theo đề nghị của Đoàn Thanh niên xã.", plan, StringComparison.Ordinal);
        var slug = Path.GetFileNameWithoutExtension(written);
        Assert.Contains($"![Hình 1](/files/{slug}-hinh-1.png)", plan, StringComparison.Ordinal);
        Assert.Equal(WordDocuments.Png, File.ReadAllBytes(Path.Combine(site.Content, "files", $"{slug}-hinh-1.png")));
        site.BuildOk("--future"); // published from the day of the import, after the tests' build time
        Assert.Equal(WordDocuments.Png, File.ReadAllBytes(site.OutPath($"files/{slug}-hinh-1.png")));
    }
}
