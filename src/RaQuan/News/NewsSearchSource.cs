using RaQuan.Rendering;
using RaQuan.Search;
using RaQuan.Rendering.Bodies;

namespace RaQuan.News;

/// <summary>News posts: found by title, text and what their photos show, filed under their unit.</summary>
internal sealed class NewsSearchSource : ISearchSource
{
    public IEnumerable<SearchDocument> Documents(Site site, SiteUrls urls) =>
        site.News.Posts.Select(post => new SearchDocument
        {
            Kind = "Tin tức",
            Path = NewsUrls.Post(post),
            Title = post.Title,
            Unit = post.Unit,
            Date = DateOnly.FromDateTime(post.Published.DateTime),
            Summary = post.Summary,
            Names = post.Tags,
            Body = () => string.Join('\n', post.Photos.Select(p => $"{p.Alt} {p.Caption}")
                .Concat(post.Body.Select(b => b.Markdown).OfType<string>().Select(MarkdownRenderer.PlainText))),
        });
}
