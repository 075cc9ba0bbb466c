using RaQuan.Rendering;
using RaQuan.Rendering.Bodies;
using RaQuan.Rendering.Caching;
using RaQuan.Rendering.Pages;

namespace RaQuan.News;

/// <summary>/tin-tuc/: the photos' versions, a page per post, the list newest first with month archives, and the open data.</summary>
internal static class NewsSection
{
    private const int PerPage = 12;

    public static async Task<RenderedNews> RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        var news = context.Site.News;
        var rendered = new Dictionary<NewsPost, NewsBodies>();
        var files = new BodyFiles();
        if (news.Posts.Count == 0)
        {
            return new RenderedNews(rendered, files);
        }

        var (site, urls) = (context.Site, context.Urls);
        var home = new Link("Trang chủ", urls.Home);
        var listLink = new Link("Tin tức", NewsUrls.List);
        foreach (var post in news.Posts)
        {
            foreach (var photo in post.Photos)
            {
                foreach (var variant in photo.Image.Variants)
                {
                    context.Sink.Link(variant.CacheFile, NewsUrls.Image(post, photo, variant));
                }
            }

            if (post.Lead is { } lead)
            {
                context.Sink.Link(lead.Image.Share.CacheFile, NewsUrls.Share(post, lead));
            }

            var bodies = NewsBodies.Render(context, post, files);
            rendered[post] = bodies;
            var description = post.Summary ?? bodies.Excerpt;
            var page = new NewsPageModel
            {
                Site = site, Urls = urls, Title = post.Title, Path = NewsUrls.Post(post), Description = description,
                Post = post, LeadHtml = bodies.LeadHtml, BodyHtml = bodies.Html,
                More = news.Of(post.Unit).Where(p => p != post).Take(3).ToList(),
                Breadcrumbs = [.. context.Pages.TrailTo(post.Unit), listLink],
                Feeds = [..context.Pages.UnitFeeds(post.Unit), ..context.Pages.SiteFeeds],
            };
            await context.WritePageAsync(page with
            {
                Sharing = new SharingInfo("article", NewsJson.Date(post.Published), NewsJson.Article(post, description, page)),
            }, DateOnly.FromDateTime(post.Published.DateTime));

            foreach (var alias in post.Aliases)
            {
                context.Sink.Write(SiteUrls.FileFor(alias.Trim('/') + "/"), Redirect(urls.Absolute(NewsUrls.Post(post))));
            }
        }

        var months = news.Months;
        await WriteListAsync(context, news.Posts, NewsUrls.List, "Tin tức", [home], months);
        foreach (var (year, month) in months)
        {
            var posts = news.Posts.Where(p => p.Published.Year == year && p.Published.Month == month).ToList();
            await WriteListAsync(context, posts, NewsUrls.Month(year, month), $"Tin tức tháng {month:00}/{year}", [home, listLink], months);
        }

        context.WriteOutput(NewsUrls.Api, new OutputInputs(), stream => NewsJson.WriteApi(stream, news.Posts, urls));
        return new RenderedNews(rendered, files);
    }

    private static async Task WriteListAsync(
        RenderContext context, IReadOnlyList<NewsPost> posts, string first, string title, IReadOnlyList<Link> trail, IReadOnlyList<(int, int)> months)
    {
        var count = Math.Max(1, (posts.Count + PerPage - 1) / PerPage);
        for (var n = 1; n <= count; n++)
        {
            var pager = new Pager(n, count, first);
            await context.WritePageAsync(new NewsListPageModel
            {
                Site = context.Site, Urls = context.Urls, Title = title, Path = pager.PathOf(n),
                Description = $"Tin bài, hình ảnh về các hoạt động trên {context.Site.Config.Title}.",
                Posts = posts.Skip((n - 1) * PerPage).Take(PerPage).ToList(), Pager = pager, Months = months,
                Breadcrumbs = trail, Feeds = context.Pages.SiteFeeds,
            });
        }
    }

    private static string Redirect(string target)
    {
        var href = PictureHtml.Escape(target);
        return $"<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{href}</title><link rel=\"canonical\" href=\"{href}\">"
            + $"<meta name=\"robots\" content=\"noindex\"><meta http-equiv=\"refresh\" content=\"0; url={href}\"></head>"
            + $"<body><p><a href=\"{href}\">{href}</a></p></body></html>\n";
    }
}
