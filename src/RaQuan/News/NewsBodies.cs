using RaQuan.Rendering;
using RaQuan.Rendering.Bodies;

namespace RaQuan.News;

/// <summary>A post's HTML for its page and, with absolute addresses, for feeds.</summary>
internal sealed record NewsBodies(string LeadHtml, string Html, string AbsoluteLeadHtml, string AbsoluteHtml, string Excerpt, string SearchText)
{
    /// <summary>Text through the site's Markdown renderer (sanitised), photos as pictures, galleries as grids.</summary>
    public static NewsBodies Render(RenderContext context, NewsPost post, BodyFiles files)
    {
        var path = NewsUrls.Post(post);
        var (page, absolute) = (new StringBuilder(), new StringBuilder());
        var excerpt = "";
        var search = new StringBuilder();
        var lazy = post.Lead is not null;
        foreach (var block in post.Body)
        {
            if (block.Markdown is { } markdown)
            {
                var body = context.RenderMarkdown(markdown, path, post.Source with { Line = block.Line, Column = 0 }, files);
                page.Append(body.Html);
                absolute.Append(body.AbsoluteHtml);
                excerpt = excerpt.Length == 0 ? body.Excerpt : excerpt;
                search.Append(MarkdownRenderer.PlainText(markdown)).Append('\n');
                continue;
            }

            Photos(page, post, block, context.Urls.Href, lazy);
            Photos(absolute, post, block, context.Urls.Absolute, lazy);
            lazy = true;
            foreach (var photo in block.Photos)
            {
                search.Append(photo.Alt).Append(' ').Append(photo.Caption).Append('\n');
            }
        }

        return new NewsBodies(Lead(post, context.Urls.Href), page.ToString(), Lead(post, context.Urls.Absolute), absolute.ToString(), excerpt, search.ToString());
    }

    private static void Photos(StringBuilder b, NewsPost post, NewsBlock block, Func<string, string> url, bool lazy)
    {
        if (block.IsGallery)
        {
            PictureHtml.Gallery(b, post, block.Photos, url, ref lazy);
        }
        else
        {
            PictureHtml.Figure(b, post, block.Photos[0], url, lazy);
        }
    }

    private static string Lead(NewsPost post, Func<string, string> url)
    {
        if (post.Lead is not { } lead)
        {
            return "";
        }

        var b = new StringBuilder();
        PictureHtml.Figure(b, post, lead, url, lazy: false, "news-photo news-lead");
        return b.ToString();
    }
}
