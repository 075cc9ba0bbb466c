namespace RaQuan.Rendering;

/// <summary>The kinds of page the site has.</summary>
public enum PageKind
{
    Home,
    Plan,
    PlanList,
    Unit,
    UnitList,
    Page,
    ResultList,
    Result,

    /// <summary>The English page: who publishes the site, and how to reach them.</summary>
    English,
    NotFound,
    Search,
    Schedule,
    Ceremony,

    /// <summary>Every feed of the site, to subscribe to.</summary>
    FeedList,

    /// <summary>A news post (News/).</summary>
    News,

    /// <summary>The news list and its month archives.</summary>
    NewsList,
}
