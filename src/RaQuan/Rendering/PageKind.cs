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
    NotFound,
    Search,
}
