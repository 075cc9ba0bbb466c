namespace RaQuan.News;

/// <summary>Where news pages and photos are published, relative to the base URL.</summary>
public static class NewsUrls
{
    public const string Section = "tin-tuc";

    /// <summary>Slugs a post cannot take: the list's pages and the month archives live beside the posts.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal) { "trang", "thang" };

    public static string List => Section + "/";
    public static string Api => "api/tin-tuc.json";
    public static string Post(NewsPost post) => $"{Section}/{post.Slug}/";
    public static string Month(int year, int month) => $"{Section}/thang/{year:0000}-{month:00}/";
    public static string Image(NewsPost post, Photo photo, ImageVariant variant) => $"{Post(post)}{photo.Name}-{variant.Width}.{variant.Format}";
    public static string Share(NewsPost post, Photo photo) => $"{Post(post)}{photo.Name}-chia-se.jpg";
}
