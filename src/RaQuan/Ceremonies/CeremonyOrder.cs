namespace RaQuan.Ceremonies;

/// <summary>The one order ceremonies are listed in, total so output never depends on input order.</summary>
internal static class CeremonyOrder
{
    public static readonly Comparison<Ceremony> Earliest = (a, b) =>
        a.Start.CompareTo(b.Start) is var byStart and not 0 ? byStart
        : VietnameseCollation.Comparer.Compare(a.Unit.Name, b.Unit.Name) is var byUnit and not 0 ? byUnit
        : string.CompareOrdinal(a.Slug, b.Slug);
}
