using RaQuan.Model;
using RaQuan.Rendering.Pages;

namespace RaQuan.Themes.Default.Models;

/// <summary>The model of Shared/NewsCards: news posts as cards.</summary>
public sealed record NewsCardsModel(PageModel Page, IReadOnlyList<NewsPost> Posts, int HeadingLevel = 3);
