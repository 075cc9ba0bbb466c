using RaQuan.Rendering;
using RaQuan.Search;

namespace RaQuan.Ceremonies;

/// <summary>Ceremonies: found by title, unit (and the units above it), place and what is launched there.</summary>
internal sealed class CeremonySearchSource : ISearchSource
{
    public IEnumerable<SearchDocument> Documents(Site site, SiteUrls urls) =>
        site.Ceremonies.Select(ceremony => new SearchDocument("Lễ ra quân", urls.Ceremony(ceremony), ceremony.Title, ceremony.Unit)
        {
            Date = DateOnly.FromDateTime(ceremony.Start.DateTime),
            Summary = ceremony.Place is { } place ? $"Địa điểm: {place}." : null,
            Names = [ceremony.Unit.FullName, .. ceremony.Unit.Ancestors.Select(u => u.FullName), .. new[] { ceremony.Place }.OfType<string>()],
            Body = () => string.Join('\n', new[] { ceremony.Content, ceremony.Scale }.OfType<string>()),
        });
}
