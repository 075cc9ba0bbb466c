using RaQuan.Rendering.Pages;

namespace RaQuan.Themes.Default.Models;

/// <summary>The model of Shared/PagerNav: the links to a list's other pages.</summary>
public sealed record PagerNavModel(PageModel Page, Pager Pager);
