namespace RaQuan.Tests.EndToEnd;

/// <summary>`inspect` and `import` of the digitally signed PDF: its text layer rebuilt from the positions of its words.</summary>
public sealed class PdfImportTests
{
    // The document of <see cref="WordImportTests"/> as its PDF lays it out: the header's two columns, the title
    // centred, paragraphs indented and wrapped at the margin, a table, page numbers, Nơi nhận beside the signature.
    private static void WritePdf(string path)
    {
        var pdf = PdfFiles.Create().Page();
        pdf.Text(75, 800, "ỦY BAN NHÂN DÂN", 11).Text(300, 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 11)
            .Text(95, 786, "XÃ ĐẮK LA", 11).Text(340, 786, "Độc lập - Tự do - Hạnh phúc", 11)
            .Text(80, 760, "Số: 15/KH-UBND", 11).Text(310, 760, "Đắk La, ngày 12 tháng 02 năm 2024", 11)
            .Text(260, 725, "KẾ HOẠCH").Text(170, 710, "Ra quân trồng cây xanh đầu năm 2024");
        var y = pdf.Paragraph(60, 85, 540, 680, "Căn cứ Kế hoạch số 07/KH-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân huyện Đắk Hà;");
        y = pdf.Paragraph(60, 85, 540, y, "Ủy ban nhân dân xã Đắk La ban hành Kế hoạch ra quân trồng cây xanh đầu năm 2024 như sau:");
        pdf.Text(85, y, "I. MỤC ĐÍCH, YÊU CẦU");
        y = pdf.Paragraph(60, 85, 540, y - 18, "- Huy động đoàn viên thanh niên tham gia trồng 500 cây xanh.");
        pdf.Text(85, y, "II. NỘI DUNG");
        y = pdf.Paragraph(60, 85, 540, y - 18, "1. Thời gian: 07 giờ 30 phút, ngày 20 tháng 02 năm 2024.");
        foreach (var (tt, thon, cay, ghiChu) in new[] { ("TT", "Thôn", "Số cây", "Ghi chú"), ("1", "Thôn 1", "200", "Cây sao đen"), ("2", "Thôn 2", "300", "Cây sao đen") })
        {
            pdf.Text(70, y, tt).Text(130, y, thon).Text(280, y, cay).Text(400, y, ghiChu);
            y -= 18;
        }

        pdf.Text(290, 40, "- 1 -", 10);
        pdf.Page()
            .Text(60, 780, "Nơi nhận:", 11).Text(360, 780, "TM. ỦY BAN NHÂN DÂN", 11)
            .Text(60, 766, "- UBND huyện Đắk Hà;", 10).Text(395, 766, "CHỦ TỊCH", 11)
            .Text(60, 754, "- Lưu: VT.", 10)
            .Text(395, 730, "(Đã ký)", 11)
            .Text(370, 690, "Nguyễn Văn Bình", 11)
            .Text(290, 40, "- 2 -", 10)
            .Save(path);
    }

    [PdfFontFact]
    public void Inspect_reads_a_signed_pdf_with_a_two_column_header_and_a_signature_block_as_its_text()
    {
        using var site = TestSite.WithDocument(WordImportTests.AsText);
        var file = Path.Combine(site.Root, "ke-hoach.pdf");
        WritePdf(file);

        var pdf = TestSite.Run(["inspect", file, "--json"]);
        var text = TestSite.Run(["inspect", site.Document, "--json"]);

        Assert.True(pdf.ExitCode == 0, pdf.Error);
        using var p = JsonDocument.Parse(pdf.Output);
        using var t = JsonDocument.Parse(text.Output);
        foreach (var field in new[] { "type", "number", "date", "place", "title", "issuer", "signer", "recipients", "events", "locality", "tables" })
        {
            Assert.Equal(t.RootElement.GetProperty(field).GetRawText(), p.RootElement.GetProperty(field).GetRawText());
        }

        Assert.Equal("Nguyễn Văn Bình", p.RootElement.GetProperty("signer").GetProperty("name").GetString());
    }

    [PdfFontFact]
    public void The_text_layer_is_rebuilt_into_columns_joined_lines_and_the_closing_in_order()
    {
        using var site = TestSite.Create();
        var file = Path.Combine(site.Root, "ke-hoach.pdf");
        WritePdf(file);

        var text = RaQuan.Documents.PdfDocumentText.Read(file)!.Text;

        Assert.StartsWith("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ ĐẮK LA\tĐộc lập - Tự do - Hạnh phúc\nSố: 15/KH-UBND\tĐắk La, ngày 12 tháng 02 năm 2024\n", text, StringComparison.Ordinal);
        Assert.Contains("\nCăn cứ Kế hoạch số 07/KH-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân huyện Đắk Hà;\n", text, StringComparison.Ordinal);
        Assert.Contains("\n2\tThôn 2\t300\tCây sao đen\n", text, StringComparison.Ordinal);
        Assert.EndsWith("Nơi nhận:\n- UBND huyện Đắk Hà;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nNguyễn Văn Bình\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("- 1 -", text, StringComparison.Ordinal);
    }

    [PdfFontFact]
    public void Import_of_a_signed_pdf_attaches_it_as_the_original_and_joins_wrapped_lines()
    {
        using var site = TestSite.Create();
        var file = Path.Combine(site.Root, "ke-hoach.pdf");
        WritePdf(file);

        var run = TestSite.Run(["import", file, "--to", site.Plans]);

        Assert.True(run.ExitCode == 0, run.Error);
        var plan = File.ReadAllText(run.Output.Trim());
        var slug = Path.GetFileNameWithoutExtension(run.Output.Trim());
        Assert.Contains($"attachments:\n  - {{ title: \"Bản ký số (PDF)\", path: \"files/{slug}.pdf\" }}\n", plan, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(site.Content, "files", slug + ".pdf")));
        Assert.Contains("Ủy ban nhân dân xã Đắk La ban hành Kế hoạch ra quân trồng cây xanh đầu năm 2024 như sau:\n", plan, StringComparison.Ordinal);
        Assert.Contains("| 2 | Thôn 2 | 300 | Cây sao đen |", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("- 2 -", plan, StringComparison.Ordinal);
        site.BuildOk("--future"); // published from the day of the import, after the tests' build time
        site.AssertFileContains($"ke-hoach/{slug}/index.html", $"files/{slug}.pdf");
    }

    [PdfFontFact]
    public void A_scanned_pdf_without_a_text_layer_is_refused_with_what_to_import_instead()
    {
        using var site = TestSite.Create();
        var file = Path.Combine(site.Root, "scan.pdf");
        PdfFiles.Create().Page().Blank().Save(file);

        var run = TestSite.Run(["inspect", file]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: the PDF has no text layer: it is a scanned image", run.Error, StringComparison.Ordinal);
        Assert.Contains("import the Word file (.docx) of the document, or a text copy of it", run.Error, StringComparison.Ordinal);
    }
}
