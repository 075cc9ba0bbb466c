namespace RaQuan.Model;

/// <summary>
/// A plan's own fields, as its front matter or the document it pastes gives them: plain data, read once by the
/// loader and carried unchanged into the assembled <see cref="Plan"/>. Each field's front-matter key, meaning and
/// example are declared beside its reading in <c>Loading/PlanFieldTable</c>.
/// </summary>
public record PlanFields
{
    public string Title { get; init; } = "";

    /// <summary>The last part of the plan's address (ke-hoach/SLUG/).</summary>
    public string Slug { get; init; } = "";

    /// <summary>Tên loại văn bản: "Kế hoạch", "Công văn", "Quyết định"…</summary>
    public string Type { get; init; } = "Kế hoạch";

    /// <summary>Số hiệu: "66/KH-UBND".</summary>
    public string? Number { get; init; }

    /// <summary>The day it was signed.</summary>
    public DateOnly? Date { get; init; }

    public DateOnly? EffectiveDate { get; init; }

    /// <summary>Cơ quan ban hành.</summary>
    public string? Issuer { get; init; }

    public Signer? Signer { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public bool Draft { get; init; }

    /// <summary>Not published before this day; feeds and lists are dated by it.</summary>
    public DateOnly? PublishDate { get; init; }

    /// <summary>Not published from this day on.</summary>
    public DateOnly? ExpiryDate { get; init; }

    /// <summary>Files published with the plan, the signed original first.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>Old addresses of the plan ("ke-hoach/ten-cu/"), each written as a page that sends readers on.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Target figures the plan sets.</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>The date the plan is listed and syndicated under: issue date, else publish date.</summary>
    public DateOnly? ListingDate => Date ?? PublishDate;
}
