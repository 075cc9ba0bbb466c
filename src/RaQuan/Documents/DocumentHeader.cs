namespace RaQuan.Documents;

/// <summary>What the header (before the content) states; <paramref name="BodyStart"/> indexes the first content line.</summary>
internal sealed record DocumentHeader(
    string? Type,
    string? Title,
    string? Number,
    DateOnly? Date,
    int? Year,
    string? Place,
    IReadOnlyList<string> Agency,
    int BodyStart);
