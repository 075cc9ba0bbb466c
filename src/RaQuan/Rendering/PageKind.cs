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
    NotFound,
    Search,
    Schedule,
    Ceremony,
}
