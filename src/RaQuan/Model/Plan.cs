namespace RaQuan.Model;

/// <summary>A plan (kế hoạch) or other document, from <c>plans/*.md</c>.</summary>
public sealed class Plan
{
    public required string Title { get; init; }
    public required string Slug { get; init; }

    /// <summary>Tên loại văn bản: "Kế hoạch", "Công văn", "Quyết định"…</summary>
    public string Type { get; init; } = "Kế hoạch";

    public string? Number { get; init; }
    public DateOnly? Date { get; init; }
    public DateOnly? EffectiveDate { get; init; }
    public string? Issuer { get; init; }
    public required Unit Unit { get; init; }
    public Signer? Signer { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public bool Draft { get; init; }
    public DateOnly? PublishDate { get; init; }
    public DateOnly? ExpiryDate { get; init; }
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>Old addresses of the plan ("ke-hoach/ten-cu/"), each written as a page that sends readers on.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Nơi nhận.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Ceremonies and meetings the document organises, as the document reader found them.</summary>
    public IReadOnlyList<DocumentEvent> Events { get; init; } = [];

    /// <summary>Dates by which something must be done.</summary>
    public IReadOnlyList<Deadline> Deadlines { get; init; } = [];

    /// <summary>Target figures the plan sets.</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>
    /// True when the body already ends with the signature and Nơi nhận blocks (a document read from its text),
    /// so the page must not add them again.
    /// </summary>
    public bool ClosingInBody { get; init; }

    /// <summary>
    /// Gives the Markdown body. Authored plans re-read it from their file when asked, so a 50,000-plan build does
    /// not hold every text in memory at once; read documents keep the Markdown the reader made.
    /// </summary>
    public required Func<string> ReadBody { get; init; }

    /// <summary>The Markdown body.</summary>
    public string Body => ReadBody();

    /// <summary>Line of the file where the body starts, so Markdown problems can be located.</summary>
    public int BodyLine { get; init; } = 1;

    public required SourceLocation Source { get; init; }

    /// <summary>The date the plan is listed and syndicated under: issue date, else publish date.</summary>
    public DateOnly? ListingDate => Date ?? PublishDate;
}
