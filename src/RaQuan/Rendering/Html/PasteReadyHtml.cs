namespace RaQuan.Rendering.Html;

/// <summary>
/// A plan body made ready to paste into another portal's editor: that portal has none of our stylesheet, so the
/// theme's classes and the scroll wrappers around tables (which only make sense with our CSS) are dropped.
/// Links are expected to be absolute already (<see cref="RenderedBody.AbsoluteHtml"/>).
/// </summary>
public static class PasteReadyHtml
{
    public static string From(string absoluteHtml)
    {
        var body = BodyDocument.Parse(absoluteHtml);
        foreach (var wrapper in body.Root.QuerySelectorAll("div.table-scroll").ToList())
        {
            foreach (var child in wrapper.ChildNodes.ToList())
            {
                wrapper.Parent!.InsertBefore(child, wrapper);
            }

            wrapper.Remove();
        }

        foreach (var element in body.Root.QuerySelectorAll("[class], [tabindex], [loading]").ToList())
        {
            element.RemoveAttribute("class");
            element.RemoveAttribute("tabindex");
            element.RemoveAttribute("loading");
        }

        return body.Html;
    }
}
