namespace RaQuan.Loading;

/// <summary>Reads <c>pages/*.md</c>.</summary>
internal static class PageLoader
{
    private static readonly string[] Keys = ["title", "slug", "summary", "menu"];

    public static ContentPage? Load(string fullPath, ContentPaths paths, Diagnostics diagnostics)
    {
        if (MarkdownFile.Read(fullPath, paths, Keys, diagnostics) is not { } file)
        {
            return null;
        }

        var f = file.Fields;
        var body = file.Body;
        var title = f.String("title");
        if (title is null)
        {
            (title, body) = file.TitleFromHeading();
        }

        if (title is null)
        {
            diagnostics.Add(ContentErrors.NoTitle(file.Source));
            return null;
        }

        var slug = f.String("slug") ?? Slug.From(Path.GetFileNameWithoutExtension(fullPath));
        if (!Slug.IsValid(slug))
        {
            diagnostics.Add(ContentErrors.InvalidSlug(f.At("slug"), slug));
        }

        return new ContentPage
        {
            Title = title,
            Slug = slug,
            Summary = f.String("summary"),
            Menu = f.Int("menu", 0, 100),
            Body = body,
            BodyLine = file.BodyLine,
            Source = file.Source,
        };
    }
}
