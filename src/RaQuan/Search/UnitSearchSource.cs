using RaQuan.Rendering;

namespace RaQuan.Search;

/// <summary>Unit pages: a reader who types a place ("Đắk Hà") finds the page that gathers its plans and ceremonies.</summary>
internal sealed class UnitSearchSource : ISearchSource
{
    public IEnumerable<SearchDocument> Documents(Site site, SiteUrls urls) =>
        site.AllUnits.Select(unit => new SearchDocument("Địa bàn", urls.Unit(unit), unit.Title, unit)
        {
            // Only the unit's own words: a summary such as "kế hoạch của …" would match every query for "kế hoạch".
            Summary = unit.Parent is { } parent ? $"{unit.Title}, {parent.FullName}" : unit.Title,
            Names = [.. unit.Ancestors.Select(u => u.FullName), .. new[] { unit.Code }.OfType<string>()],
        });
}
