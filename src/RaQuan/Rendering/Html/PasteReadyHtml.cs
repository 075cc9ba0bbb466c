using AngleSharp.Dom;

namespace RaQuan.Rendering.Html;

/// <summary>
/// A plan body made ready to paste into another portal's editor: that portal has none of our stylesheet, so the
/// theme's classes and the scroll wrappers around tables (which only make sense with our CSS) are dropped.
/// Links are expected to be absolute already (<see cref="RenderedBody.AbsoluteHtml"/>).
/// </summary>
internal static class PasteReadyHtml
{
    /// <summary>The class of the scroll region <see cref="BodyStructure.Tables"/> puts around each table.</summary>
    internal const string WrapperClass = "table-scroll";

    /// <summary>Attributes that only mean something with our stylesheet and scripts.</summary>
    internal static readonly string[] StrippedAttributes = ["class", "tabindex", "loading"];

    public static void Strip(IElement root)
    {
        foreach (var wrapper in root.QuerySelectorAll("div." + WrapperClass).ToList())
        {
            foreach (var child in wrapper.ChildNodes.ToList())
            {
                wrapper.Parent!.InsertBefore(child, wrapper);
            }

            wrapper.Remove();
        }

        foreach (var element in root.QuerySelectorAll("[class], [tabindex], [loading]").ToList())
        {
            foreach (var name in StrippedAttributes)
            {
                element.RemoveAttribute(name);
            }
        }
    }
}
