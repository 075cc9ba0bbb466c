namespace RaQuan.Model;

/// <summary>The site's published news posts, newest first, and who shows which: units, plans, ceremonies.</summary>
public sealed class NewsIndex
{
    public static NewsIndex Empty { get; } = new([], 0, 0);

    public NewsIndex(IReadOnlyList<NewsPost> posts, int imagesEncoded, int photosHashed)
    {
        Posts = posts;
        ImagesEncoded = imagesEncoded;
        PhotosHashed = photosHashed;
        var byUnit = new Dictionary<Unit, List<NewsPost>>();
        foreach (var post in posts)
        {
            // A unit shows its own news and that of the units under it, as its plans.
            for (var unit = post.Unit; unit is not null; unit = unit.Parent)
            {
                (byUnit.TryGetValue(unit, out var list) ? list : byUnit[unit] = []).Add(post);
            }
        }

        ByUnit = byUnit.ToDictionary(p => p.Key, p => (IReadOnlyList<NewsPost>)p.Value);
        ByPlan = posts.Where(p => p.Plan is not null).GroupBy(p => p.Plan!).ToDictionary(g => g.Key, g => (IReadOnlyList<NewsPost>)g.ToList());
        ByCeremony = posts.Where(p => p.Ceremony is not null).GroupBy(p => p.Ceremony!).ToDictionary(g => g.Key, g => (IReadOnlyList<NewsPost>)g.ToList());
    }

    /// <summary>Published posts, newest first.</summary>
    public IReadOnlyList<NewsPost> Posts { get; }

    /// <summary>How many image files the build encoded (none when every photo was in the cache).</summary>
    public int ImagesEncoded { get; }

    /// <summary>How many photos the build read and hashed (none when every photo's size and time were unchanged).</summary>
    public int PhotosHashed { get; }

    public IReadOnlyDictionary<Unit, IReadOnlyList<NewsPost>> ByUnit { get; }
    public IReadOnlyDictionary<Plan, IReadOnlyList<NewsPost>> ByPlan { get; }
    public IReadOnlyDictionary<Ceremony, IReadOnlyList<NewsPost>> ByCeremony { get; }

    public IReadOnlyList<NewsPost> Of(Unit unit) => ByUnit.GetValueOrDefault(unit) ?? [];
    public IReadOnlyList<NewsPost> Of(Plan plan) => ByPlan.GetValueOrDefault(plan) ?? [];
    public IReadOnlyList<NewsPost> Of(Ceremony ceremony) => ByCeremony.GetValueOrDefault(ceremony) ?? [];

    /// <summary>The months that have posts, newest first.</summary>
    public IReadOnlyList<(int Year, int Month)> Months =>
        Posts.Select(p => (p.Published.Year, p.Published.Month)).Distinct().OrderByDescending(m => m.Year).ThenByDescending(m => m.Month).ToList();
}
