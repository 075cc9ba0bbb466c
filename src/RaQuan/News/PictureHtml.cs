namespace RaQuan.News;

/// <summary>
/// A photo as HTML: &lt;picture&gt; with WebP and JPEG at every width (srcset, sizes), width and height so nothing
/// moves as it loads, lazy loading for all but the first photo of a page, asynchronous decoding.
/// </summary>
internal static class PictureHtml
{
    /// <summary>A photo across the column (46rem at most, the whole screen on a phone).</summary>
    public const string ColumnSizes = "(min-width: 48rem) 46rem, calc(100vw - 2rem)";

    /// <summary>A gallery cell: two a row on a phone, three on a wider screen.</summary>
    public const string GallerySizes = "(min-width: 48rem) 15rem, calc(50vw - 1.5rem)";

    /// <summary>A list's thumbnail.</summary>
    public const string ThumbnailSizes = "(min-width: 48rem) 12rem, 33vw";

    /// <param name="url">Turns a site path into the address to write (relative to the base path, or absolute for feeds).</param>
    public static void Picture(StringBuilder b, NewsPost post, Photo photo, Func<string, string> url, string sizes, bool lazy)
    {
        var jpeg = photo.Image.In("jpg");
        var webp = photo.Image.In("webp");
        var largest = photo.Image.Largest;
        var fallback = jpeg.FirstOrDefault(v => v.Width >= 960) ?? largest;
        b.Append("<picture><source type=\"image/webp\" srcset=\"").Append(SrcSet(post, photo, webp, url)).Append("\" sizes=\"").Append(sizes).Append("\">");
        b.Append("<img src=\"").Append(Escape(url(NewsUrls.Image(post, photo, fallback)))).Append("\" srcset=\"").Append(SrcSet(post, photo, jpeg, url))
            .Append("\" sizes=\"").Append(sizes).Append("\" width=\"").Append(largest.Width.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(largest.Height.ToString(CultureInfo.InvariantCulture)).Append("\" alt=\"").Append(Escape(photo.Alt)).Append('"');
        b.Append(lazy ? " loading=\"lazy\"" : " fetchpriority=\"high\"").Append(" decoding=\"async\"></picture>");
    }

    /// <summary>A photo with its caption, and its credit when the post's photos are not all by one author (then said once under the post).</summary>
    public static void Figure(StringBuilder b, NewsPost post, Photo photo, Func<string, string> url, bool lazy, string cssClass = "news-photo")
    {
        b.Append("<figure class=\"").Append(cssClass).Append("\">");
        Picture(b, post, photo, url, ColumnSizes, lazy);
        Caption(b, post, photo);
        b.Append("</figure>\n");
    }

    /// <summary>Photos in a grid, each linking to its largest JPEG: a larger view that needs no JavaScript.</summary>
    public static void Gallery(StringBuilder b, NewsPost post, IReadOnlyList<Photo> photos, Func<string, string> url, ref bool lazy)
    {
        b.Append("<ul class=\"news-gallery\">");
        foreach (var photo in photos)
        {
            b.Append("<li><figure><a href=\"").Append(Escape(url(NewsUrls.Image(post, photo, photo.Image.Largest)))).Append("\">");
            Picture(b, post, photo, url, GallerySizes, lazy);
            lazy = true;
            b.Append("</a>");
            Caption(b, post, photo);
            b.Append("</figure></li>");
        }

        b.Append("</ul>\n");
    }

    private static void Caption(StringBuilder b, NewsPost post, Photo photo)
    {
        var credit = post.Credits.Count > 1 ? photo.Credit : null;
        if (photo.Caption is null && credit is null)
        {
            return;
        }

        b.Append("<figcaption>");
        if (photo.Caption is { } caption)
        {
            b.Append(Escape(caption));
        }

        if (credit is not null)
        {
            b.Append(photo.Caption is null ? "" : " ").Append("<span class=\"credit\">Ảnh: ").Append(Escape(credit)).Append("</span>");
        }

        b.Append("</figcaption>");
    }

    private static string SrcSet(NewsPost post, Photo photo, IReadOnlyList<ImageVariant> variants, Func<string, string> url) =>
        string.Join(", ", variants.Select(v => $"{Escape(url(NewsUrls.Image(post, photo, v)))} {v.Width.ToString(CultureInfo.InvariantCulture)}w"));

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
