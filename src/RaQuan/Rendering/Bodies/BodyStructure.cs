namespace RaQuan.Rendering.Bodies;

/// <summary>
/// Gives a body's tree what the sanitizer asks of Markdig's markup and the structure the page needs: heading ids and
/// the table of contents, table captions, header scopes and scroll regions, lazy images, the excerpt.
/// </summary>
internal static class BodyStructure
{
    /// <summary>The class of the scroll region <see cref="Tables"/> puts around each table.</summary>
    internal const string WrapperClass = "table-scroll";

    /// <summary>
    /// Attributes the paste-ready variant leaves out, with the scroll regions: they only mean something with our
    /// stylesheet and scripts, which another portal's editor does not have.
    /// </summary>
    internal static readonly string[] PasteStrippedAttributes = ["class", "tabindex", "loading"];

    /// <summary>
    /// Drops the attributes the sanitizer drops from Markdig's markup (its footnotes' roles, unsafe addresses) and
    /// gives external links their rel. Raw HTML was sanitized as it was read; Markdig writes only allowed elements
    /// (<see cref="MarkdigHtmlReader"/> reads no other).
    /// </summary>
    public static void Sanitize(BodyNode root)
    {
        foreach (var element in root.Elements())
        {
            var name = element.Name!;
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
    }

    /// <summary>
    /// Assigns ids to headings and returns the h2/h3 entries for the table of contents. The page title is the page's
    /// only h1, so a body that uses h1 is shifted one level down.
    /// </summary>
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
        var used = ReservedIds();
        var toc = new List<TocEntry>();
        foreach (var heading in headings)
        {
            var level = Math.Min(6, heading.Name![1] - '0' + shift);
            heading.Name = $"h{level}";
            var text = heading.TextContent().Trim();
            var id = heading.Get("id") is { Length: > 0 } given && used.Add(given) ? given : UniqueId(text, used);
            heading.Set("id", id);
            if (level is 2 or 3 && text.Length > 0)
            {
                toc.Add(new TocEntry(level, id, text));
            }
        }

        return toc;
    }

    /// <summary>
    /// Every table gets a caption (screen readers announce it; one written in HTML is kept) and header scopes, and
    /// sits in a focusable scroll region so wide tables scroll on a 320 px phone instead of widening the page.
    /// </summary>
    public static void Tables(BodyNode root)
    {
        var number = 0;
        foreach (var table in root.Descendants("table"))
        {
            number++;
            var caption = table.Descendants("caption").FirstOrDefault();
            if (caption is null)
            {
                caption = BodyNode.Element("caption");
                caption.Append(BodyNode.TextNode(CaptionText(number, PrecedingHeading(table)).AsMemory()));
                table.Prepend(caption);
            }

            var captionId = CaptionId(number);
            caption.Set("id", captionId);
            // As the selectors "thead th" then "tbody th" would: a cell under both keeps "col".
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
            foreach (var (name, value) in WrapperAttributes(captionId))
            {
                wrapper.Set(name, value);
            }

            table.Parent!.Replace(table, wrapper);
            wrapper.Append(table);
        }
    }

    /// <summary>Images load lazily and always carry an alt attribute, empty when the author gave none.</summary>
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

    /// <summary>Plain text of the first paragraph, cut at a word boundary: the fallback summary.</summary>
    public static string Excerpt(BodyNode root)
    {
        var paragraph = root.Children.FirstOrDefault(e => e.Name == "p" && e.TextContent().Trim().Length > 0);
        return Shorten(paragraph?.TextContent() ?? "");
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

    internal static string CaptionId(int number) => $"bang-{number}";

    /// <summary>The scroll region around a table, attributes in the order they are written.</summary>
    internal static (string Name, string Value)[] WrapperAttributes(string captionId) =>
        [("class", WrapperClass), ("role", "region"), ("tabindex", "0"), ("aria-labelledby", captionId)];

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
