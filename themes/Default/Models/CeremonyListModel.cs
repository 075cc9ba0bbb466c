using RaQuan.Model;
using RaQuan.Rendering.Pages;

namespace RaQuan.Themes.Default.Models;

/// <summary>The model of Shared/CeremonyList: ceremonies as a list, with their day or under a day heading.</summary>
public sealed record CeremonyListModel(PageModel Page, IReadOnlyList<Ceremony> Ceremonies, bool WithDay = true, int HeadingLevel = 3);
