using RaQuan.Rendering.Bodies;

namespace RaQuan.News;

/// <summary>What the news section gives the sections after it: each post's HTML, for the feeds, and the files of files/ its text shows.</summary>
internal sealed record RenderedNews(IReadOnlyDictionary<NewsPost, NewsBodies> Bodies, BodyFiles Files);
