namespace RaQuan.Loading;

/// <summary>A plan as read from its file, before its unit is resolved.</summary>
/// <param name="Fields">The plan's own fields, as the assembled plan carries them.</param>
/// <param name="UnitSlug">The unit from front matter; empty when the document reader is to find it from the document's locality.</param>
internal sealed record PlanSource(
    PlanFields Fields,
    SourceLocation SlugAt,
    string UnitSlug,
    SourceLocation UnitAt,
    Documents.DocumentReading? Reading,
    Func<string> ReadBody,
    int BodyLine,
    SourceLocation Source)
{
    public string Slug => Fields.Slug;
}
