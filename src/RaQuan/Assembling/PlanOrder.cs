namespace RaQuan.Assembling;

/// <summary>The one order plans are listed in everywhere, total so output never depends on input order.</summary>
internal static class PlanOrder
{
    public static readonly Comparison<Plan> NewestFirst = (a, b) =>
    {
        // Undated plans go last: they cannot be placed in time.
        var byDate = Nullable.Compare(b.ListingDate, a.ListingDate);
        if (a.ListingDate is null != b.ListingDate is null)
        {
            return a.ListingDate is null ? 1 : -1;
        }

        return byDate != 0 ? byDate
            : VietnameseCollation.Comparer.Compare(a.Title, b.Title) is var byTitle and not 0 ? byTitle
            : string.CompareOrdinal(a.Slug, b.Slug);
    };
}
