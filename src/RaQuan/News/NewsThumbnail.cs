using RaQuan.Rendering;

namespace RaQuan.News;

/// <summary>A post's lead photo, small, for lists (the news list, the home and unit pages).</summary>
public static class NewsThumbnail
{
    /// <summary>The &lt;picture&gt; of the post's lead photo, lazy-loaded, or empty for a post without photos.</summary>
    public static string Html(NewsPost post, SiteUrls urls)
    {
        if (post.Lead is not { } lead)
        {
            return "";
        }

        var b = new StringBuilder();
        PictureHtml.Picture(b, post, lead, urls.Href, PictureHtml.ThumbnailSizes, lazy: true);
        return b.ToString();
    }
}
