using RaQuan.Model;

namespace RaQuan.Loading;

/// <summary>A plan as read from its file, before its unit is resolved.</summary>
/// <param name="UnitSlug">The unit from front matter; empty when the document reader is to find it from <paramref name="Locality"/>.</param>
internal sealed record PlanSource(
    string Title,
    string Type,
    string Slug,
    SourceLocation SlugAt,
    string? Number,
    DateOnly? Date,
    DateOnly? EffectiveDate,
    string? Issuer,
    string UnitSlug,
    SourceLocation UnitAt,
    Documents.DocumentReading? Reading,
    Signer? Signer,
    string? Summary,
    IReadOnlyList<string> Tags,
    bool Draft,
    DateOnly? PublishDate,
    DateOnly? ExpiryDate,
    IReadOnlyList<Attachment> Attachments,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Indicator> Indicators,
    Func<string> ReadBody,
    int BodyLine,
    SourceLocation Source);
