namespace RaQuan.Rendering.Pages;

/// <summary>Every feed of the site (the site's, the schedule's, each unit's), and the subscription list of them all.</summary>
public sealed record FeedListPageModel : PageModel
{
    public override PageKind Kind => PageKind.FeedList;

    public required IReadOnlyList<FeedListEntry> Entries { get; init; }
}

/// <summary>One feed of <see cref="FeedListPageModel"/>: the page it follows, its RSS and Atom files, and its depth in the unit tree (0 for the site's own).</summary>
public sealed record FeedListEntry(string Title, string Page, string Rss, string Atom, int Depth);
