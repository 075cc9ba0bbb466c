using AngleSharp.Dom;
using RaQuan.Text;

namespace RaQuan.Rendering.Html;

/// <summary>Gives a sanitized body the structure the page needs: heading ids, table captions and scopes.</summary>
internal static class BodyStructure
{
    /// <summary>Assigns ids to headings and returns the h2/h3 entries for the table of contents.</summary>
    public static IReadOnlyList<TocEntry> Headings(IElement root)
    {
        var headings = root.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();

        // The page title is the page's only h1, so a body that uses h1 is shifted one level down.
        var shift = headings.Any(h => h.LocalName == "h1") ? 1 : 0;
        var used = ReservedIds();
        var toc = new List<TocEntry>();
        foreach (var heading in headings)
        {
            var level = Math.Min(6, heading.LocalName[1] - '0' + shift);
            var target = heading;
            if (shift > 0)
            {
                target = Rename(heading, $"h{level}");
            }

            var text = target.TextContent.Trim();
            var id = target.GetAttribute("id") is { Length: > 0 } given && used.Add(given) ? given : UniqueId(text, used);
            target.SetAttribute("id", id);
            if (level is 2 or 3 && text.Length > 0)
            {
                toc.Add(new TocEntry(level, id, text));
            }
        }

        return toc;
    }

    /// <summary>
    /// Every table gets a caption (screen readers announce it) and header scopes, and sits in a focusable
    /// scroll region so wide tables scroll on a 320 px phone instead of widening the page.
    /// </summary>
    public static void Tables(IElement root, string idPrefix)
    {
        var number = 0;
        foreach (var table in root.QuerySelectorAll("table").ToList())
        {
            number++;
            var caption = table.QuerySelector("caption");
            if (caption is null)
            {
                caption = table.Owner!.CreateElement("caption");
                var heading = PrecedingHeading(table);
                caption.TextContent = CaptionText(number, heading);
                table.Prepend(caption);
            }

            var captionId = CaptionId(idPrefix, number);
            caption.SetAttribute("id", captionId);
            foreach (var th in table.QuerySelectorAll("thead th"))
            {
                th.SetAttribute("scope", "col");
            }

            foreach (var th in table.QuerySelectorAll("tbody th"))
            {
                th.SetAttribute("scope", th.GetAttribute("scope") ?? "row");
            }

            var wrapper = table.Owner!.CreateElement("div");
            foreach (var (name, value) in WrapperAttributes(captionId))
            {
                wrapper.SetAttribute(name, value);
            }

            table.Parent!.ReplaceChild(wrapper, table);
            wrapper.AppendChild(table);
        }
    }

    /// <summary>Images load lazily and always carry an alt attribute, empty when the author gave none.</summary>
    public static void Images(IElement root)
    {
        foreach (var img in root.QuerySelectorAll("img"))
        {
            img.SetAttribute("loading", "lazy");
            if (!img.HasAttribute("alt"))
            {
                img.SetAttribute("alt", "");
            }
        }
    }

    /// <summary>Plain text of the first paragraph, cut at a word boundary: the fallback summary.</summary>
    public static string Excerpt(IElement root, int maxLength = 220)
    {
        var paragraph = root.Children.FirstOrDefault(e => e.LocalName == "p" && e.TextContent.Trim().Length > 0);
        return Shorten(paragraph?.TextContent ?? "", maxLength);
    }

    /// <summary>The excerpt of a paragraph's text content: whitespace runs made one space, cut at a word boundary.</summary>
    internal static string Shorten(string paragraphText, int maxLength = 220)
    {
        var text = string.Join(' ', paragraphText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength);
        return (cut > 0 ? text[..cut] : text[..maxLength]).TrimEnd(',', ';', ':') + "…";
    }

    /// <summary>Ids the page itself uses, which a heading must not take.</summary>
    internal static HashSet<string> ReservedIds() => new(StringComparer.Ordinal) { "noi-dung", "muc-luc" };

    internal static string CaptionText(int number, string? heading) => heading is null ? $"Bảng {number}" : $"Bảng {number}: {heading}";

    internal static string CaptionId(string idPrefix, int number) => $"{idPrefix}bang-{number}";

    /// <summary>The scroll region around a table, attributes in the order they are written.</summary>
    internal static (string Name, string Value)[] WrapperAttributes(string captionId) =>
        [("class", PasteReadyHtml.WrapperClass), ("role", "region"), ("tabindex", "0"), ("aria-labelledby", captionId)];

    internal static string UniqueId(string text, HashSet<string> used)
    {
        var baseId = Slug.From(text);
        if (baseId.Length == 0)
        {
            baseId = "muc";
        }

        if (baseId.Length > 60)
        {
            var cut = baseId.LastIndexOf('-', 60);
            baseId = cut > 0 ? baseId[..cut] : baseId[..60];
        }

        var id = baseId;
        for (var n = 2; !used.Add(id); n++)
        {
            id = $"{baseId}-{n}";
        }

        return id;
    }

    private static string? PrecedingHeading(IElement table)
    {
        for (var e = table.PreviousElementSibling; e is not null; e = e.PreviousElementSibling)
        {
            if (e.LocalName is "h2" or "h3" or "h4" or "h5" or "h6")
            {
                return e.TextContent.Trim();
            }
        }

        return null;
    }

    private static IElement Rename(IElement element, string name)
    {
        var replacement = element.Owner!.CreateElement(name);
        foreach (var attribute in element.Attributes)
        {
            replacement.SetAttribute(attribute.Name, attribute.Value);
        }

        while (element.FirstChild is { } child)
        {
            replacement.AppendChild(child);
        }

        element.Parent!.ReplaceChild(replacement, element);
        return replacement;
    }
}
