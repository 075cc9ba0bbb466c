using RaQuan.Rendering;
using RaQuan.Search;

namespace RaQuan.Results;

/// <summary>Result tables: found by title and period, filed under the unit of their plan or the unit all their rows share.</summary>
internal sealed class ResultSearchSource : ISearchSource
{
    public IEnumerable<SearchDocument> Documents(Site site, SiteUrls urls) =>
        site.Results.Select(table => new SearchDocument("Bảng kết quả", urls.Result(table), table.Title, table.SourcePlan?.Unit ?? SharedUnit(table) ?? site.RootUnits[0])
        {
            Date = table.SourcePlan?.ListingDate,
            Summary = table.Period,
            Names = new[] { table.Period }.OfType<string>().ToList(),
            Body = () => table.Notes ?? "",
        });

    /// <summary>The lowest unit that every row's unit is, or is under.</summary>
    private static Unit? SharedUnit(ResultTable table)
    {
        var rows = table.Rows.Select(r => r.Unit).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        return rows[0].Ancestors.Append(rows[0]).Reverse()
            .FirstOrDefault(candidate => rows.All(u => u == candidate || u.Ancestors.Contains(candidate)));
    }
}
