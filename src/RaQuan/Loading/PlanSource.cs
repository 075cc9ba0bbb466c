using RaQuan.Model;

namespace RaQuan.Loading;

/// <summary>A plan as read from its file, before its unit is resolved.</summary>
internal sealed record PlanSource(
    string Title,
    string Slug,
    SourceLocation SlugAt,
    string? Number,
    DateOnly? Date,
    DateOnly? EffectiveDate,
    string? Issuer,
    string UnitSlug,
    SourceLocation UnitAt,
    Signer? Signer,
    string? Summary,
    IReadOnlyList<string> Tags,
    bool Draft,
    DateOnly? PublishDate,
    DateOnly? ExpiryDate,
    IReadOnlyList<Attachment> Attachments,
    string Body,
    int BodyLine,
    SourceLocation Source);
