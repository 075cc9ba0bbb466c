namespace RaQuan.Documents;

/// <summary>
/// What <see cref="DocumentReader"/> recognised in the text of a Vietnamese administrative document
/// (the parts Nghị định 30/2020/NĐ-CP prescribes). Values the document does not state are null.
/// </summary>
public sealed record DocumentReading
{
    /// <summary>Tên loại in sentence case: "Kế hoạch", "Công văn", "Quyết định"…</summary>
    public string? Type { get; init; }

    /// <summary>Số và ký hiệu, spaces removed: "66/KH-UBND"; null when left blank.</summary>
    public string? Number { get; init; }

    /// <summary>The signing date; null when the day or month is left blank.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The year of the document, known even when the day and month are blank.</summary>
    public int? Year { get; init; }

    /// <summary>Địa danh of the date line: "Lục Ba".</summary>
    public string? Place { get; init; }

    /// <summary>Trích yếu on one line, without emphasis markers.</summary>
    public string? Title { get; init; }

    /// <summary>The issuing body: "Ủy ban nhân dân xã Lục Ba".</summary>
    public string? Issuer { get; init; }

    /// <summary>The administrative unit of the issuer.</summary>
    public Locality? Locality { get; init; }

    /// <summary>The person who signed and the authority lines above the name.</summary>
    public Signer? Signer { get; init; }

    /// <summary>Nơi nhận, one entry per recipient with wrapped lines joined.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Ceremonies and meetings the document organises.</summary>
    public IReadOnlyList<DocumentEvent> Events { get; init; } = [];

    /// <summary>Dates by which something must be done ("trước ngày 26/02/2024").</summary>
    public IReadOnlyList<Deadline> Deadlines { get; init; } = [];

    /// <summary>Tab-separated tables, page-break continuations merged.</summary>
    public IReadOnlyList<DocumentTable> Tables { get; init; } = [];

    /// <summary>Footnotes whose mark appears in the text.</summary>
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    /// <summary>Target figures such as "Tổng giá trị sản xuất: 2.192 tỷ đồng".</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>What could not be read, each naming its line.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// The content as Markdown for Markdig with footnotes and custom containers enabled: sections as headings,
    /// lists, pipe tables, footnotes, then <c>::: signature</c> and <c>::: recipients</c> blocks and any appendix.
    /// </summary>
    public string Body { get; init; } = "";
}
