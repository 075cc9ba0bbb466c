using RaQuan.Rendering.Html;

namespace RaQuan.Rendering.FastBody;

/// <summary>
/// <see cref="BodySanitizer"/> and <see cref="BodyStructure"/> on a <see cref="BodyNode"/> tree, step for step, so
/// the fast path writes what the reference path writes.
/// </summary>
internal static class FastBodyStructure
{
    /// <summary>Drops the attributes the sanitizer drops and adds its rel; false when an element would go.</summary>
    public static bool Sanitize(BodyNode root)
    {
        foreach (var element in root.Elements())
        {
            var name = element.Name!;
            if (!BodySanitizer.IsAllowedElement(name))
            {
                return false;
            }

            for (var i = element.HasAttributes ? element.Attributes.Count - 1 : -1; i >= 0; i--)
            {
                if (!BodySanitizer.IsAllowedAttribute(name, element.Attributes[i].Name, element.Attributes[i].Value))
                {
                    element.Attributes.RemoveAt(i);
                }
            }

            if (BodySanitizer.NeedsRel(name, element.Get("href")))
            {
                element.Set("rel", BodySanitizer.ExternalRel);
            }
        }

        return true;
    }

    public static IReadOnlyList<TocEntry> Headings(BodyNode root)
    {
        var headings = new List<BodyNode>();
        foreach (var element in root.Elements())
        {
            if (IsHeading(element.Name!))
            {
                headings.Add(element);
            }
        }

        var shift = headings.Any(h => h.Name == "h1") ? 1 : 0;
        var used = BodyStructure.ReservedIds();
        var toc = new List<TocEntry>();
        foreach (var heading in headings)
        {
            var level = Math.Min(6, heading.Name![1] - '0' + shift);
            heading.Name = $"h{level}";
            var text = heading.TextContent().Trim();
            var id = heading.Get("id") is { Length: > 0 } given && used.Add(given) ? given : BodyStructure.UniqueId(text, used);
            heading.Set("id", id);
            if (level is 2 or 3 && text.Length > 0)
            {
                toc.Add(new TocEntry(level, id, text));
            }
        }

        return toc;
    }

    /// <summary>Captions, header scopes and scroll regions; false for a table that already has a caption.</summary>
    public static bool Tables(BodyNode root)
    {
        var number = 0;
        foreach (var table in root.Descendants("table"))
        {
            number++;
            if (table.Elements("caption").Any())
            {
                return false;
            }

            var caption = BodyNode.Element("caption");
            caption.Append(BodyNode.TextNode(BodyStructure.CaptionText(number, PrecedingHeading(table)).AsMemory()));
            table.Prepend(caption);
            var captionId = BodyStructure.CaptionId("", number);
            caption.Set("id", captionId);
            // As the reference path's "thead th" then "tbody th": a cell under both keeps "col".
            foreach (var th in table.Elements("th"))
            {
                if (th.HasAncestor("thead"))
                {
                    th.Set("scope", "col");
                }

                if (th.HasAncestor("tbody"))
                {
                    th.Set("scope", th.Get("scope") ?? "row");
                }
            }

            var wrapper = BodyNode.Element("div");
            foreach (var (name, value) in BodyStructure.WrapperAttributes(captionId))
            {
                wrapper.Set(name, value);
            }

            table.Parent!.Replace(table, wrapper);
            wrapper.Append(table);
        }

        return true;
    }

    public static void Images(BodyNode root)
    {
        foreach (var img in root.Elements("img"))
        {
            img.Set("loading", "lazy");
            if (img.Get("alt") is null)
            {
                img.Set("alt", "");
            }
        }
    }

    public static string Excerpt(BodyNode root)
    {
        var paragraph = root.Children.FirstOrDefault(e => e.Name == "p" && e.TextContent().Trim().Length > 0);
        return BodyStructure.Shorten(paragraph?.TextContent() ?? "");
    }

    private static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

    private static string? PrecedingHeading(BodyNode table)
    {
        // The last heading among the siblings before the table.
        BodyNode? heading = null;
        for (var sibling = table.Parent!.FirstChild; sibling != table; sibling = sibling!.NextSibling)
        {
            if (sibling!.Name is "h2" or "h3" or "h4" or "h5" or "h6")
            {
                heading = sibling;
            }
        }

        return heading?.TextContent().Trim();
    }
}
