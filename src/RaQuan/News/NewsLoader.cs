using RaQuan.Loading;

namespace RaQuan.News;

/// <summary>
/// Reads <c>news/</c>: a post is a folder <c>news/SLUG/</c> with <c>index.md</c> and its photos (a page bundle, as in
/// Hugo), or a file <c>news/SLUG.md</c> without photos.
/// </summary>
internal static class NewsLoader
{
    public const string Folder = "news";

    private static readonly string[] Keys =
    [
        "title", "date", "unit", "summary", "author", "tags", "plan", "ceremony", "draft", "publish_date", "expiry_date",
        "slug", "aliases", "photos", "lead",
    ];

    private static readonly string[] PhotoKeys = ["src", "alt", "caption", "credit"];

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mmzzz"];

    public static IReadOnlyList<NewsSource> Load(ContentPaths paths, Diagnostics diagnostics)
    {
        var root = Path.Combine(paths.Root, Folder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var posts = new List<NewsSource>();
        foreach (var file in Directory.EnumerateFiles(root, "*.md").Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                     .Order(StringComparer.Ordinal))
        {
            posts.AddRange(LoadOne(file, bundle: null, paths, diagnostics) is { } post ? [post] : []);
        }

        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var index = Path.Combine(folder, "index.md");
            if (!File.Exists(index))
            {
                diagnostics.Add(ContentErrors.BundleWithoutIndex(paths.Display(folder)));
                continue;
            }

            posts.AddRange(LoadOne(index, folder, paths, diagnostics) is { } post ? [post] : []);
        }

        return posts;
    }

    private static NewsSource? LoadOne(string fullPath, string? bundle, ContentPaths paths, Diagnostics diagnostics)
    {
        if (MarkdownFile.Read(fullPath, paths, Keys, diagnostics) is not { } file)
        {
            return null;
        }

        var f = file.Fields;
        var (title, body) = f.String("title") is { } given ? (given, file.Body) : file.TitleFromHeading();
        if (title is null)
        {
            diagnostics.Add(ContentErrors.NoTitle(file.Source));
        }

        var slug = f.String("slug") ?? Slug.From(bundle is null ? Path.GetFileNameWithoutExtension(fullPath) : Path.GetFileName(bundle));
        if (!Slug.IsValid(slug))
        {
            diagnostics.Add(ContentErrors.InvalidSlug(f.At("slug"), slug));
        }

        var unit = f.RequiredString("unit", UiLanguage.Format(Messages.ExampleUnitSlug, "dak-la"));
        var date = ReadDate(f);
        var resolver = new PhotoResolver(paths, bundle, diagnostics);
        var frontPhotos = f.Items("photos", PhotoKeys).Select(p => resolver.FromFrontMatter(p)).OfType<Photo>().ToList();
        var blocks = NewsBodyReader.Read(body, file.BodyLine, file.Source.File, resolver);
        Merge(blocks, frontPhotos, out var extra);
        if (extra.Count > 0)
        {
            blocks.Add(new NewsBlock(null, 0, extra));
        }

        var all = blocks.SelectMany(b => b.Photos).ToList();
        foreach (var photo in all.Where(p => string.IsNullOrWhiteSpace(p.Alt) || p.Alt.Trim() == ContentErrors.AltPlaceholder))
        {
            diagnostics.Add(ContentErrors.MissingAlt(photo.At, photo.Src));
        }

        var lead = all.FirstOrDefault();
        if (f.String("lead") is { } leadSrc)
        {
            lead = all.FirstOrDefault(p => SameSrc(p.Src, leadSrc));
            if (lead is null)
            {
                diagnostics.Add(ContentErrors.UnknownPhoto(f.At("lead"), leadSrc));
            }
        }

        if (title is null || unit is null || date is null)
        {
            return null;
        }

        // The lead photo opens the post; shown again in the text it would only repeat.
        var withoutLead = blocks
            .Select(b => b with { Photos = b.Photos.Where(p => p != lead).ToList() })
            .Where(b => b.Markdown is not null || b.Photos.Count > 0)
            .ToList();
        NamePhotos(all);
        return new NewsSource(
            title, slug, date.Value.Local, date.Value.Offset, unit, f.At("unit"), f.String("summary"), f.String("author"), f.StringList("tags"),
            f.String("plan"), f.At("plan"), f.String("ceremony"), f.At("ceremony"), f.Bool("draft"), f.Date("publish_date"), f.Date("expiry_date"),
            f.StringList("aliases"), withoutLead, lead, file.Source);
    }

    /// <summary>The date and time of the post: "2024-02-20T10:30:00+07:00", or local time as ceremonies take it ("20/02/2024 10:30").</summary>
    private static (DateTime Local, TimeSpan? Offset)? ReadDate(YamlFields f)
    {
        if (f.RequiredString("date", "2024-02-20T10:30:00+07:00") is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return (exact.DateTime, exact.Offset);
        }

        if (Ceremonies.CeremonyTime.TryParse(text, out var moment, out var error))
        {
            return (moment.Local, null);
        }

        f.Diagnostics.Add(ContentErrors.InvalidDateTime(f.At("date"), "date", error ?? VietnameseDate.NotADateTime(text)));
        return null;
    }

    // Front matter gives what the text does not: alt, caption and credit of the photo with the same src.
    private static void Merge(List<NewsBlock> blocks, List<Photo> front, out List<Photo> extra)
    {
        extra = [];
        var inText = blocks.SelectMany(b => b.Photos).ToList();
        foreach (var given in front)
        {
            var photo = inText.FirstOrDefault(p => SameSrc(p.Src, given.Src));
            if (photo is null)
            {
                extra.Add(given);
                continue;
            }

            photo.Alt = string.IsNullOrWhiteSpace(photo.Alt) ? given.Alt : photo.Alt;
            photo.Caption ??= given.Caption;
            photo.Credit ??= given.Credit;
        }
    }

    private static bool SameSrc(string a, string b) => a.Trim().TrimStart('.', '/').Equals(b.Trim().TrimStart('.', '/'), StringComparison.Ordinal);

    // "anh-1.jpg" → anh-1; two photos with one name ("anh.jpg", "anh.png") get -2, -3.
    private static void NamePhotos(List<Photo> photos)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var photo in photos)
        {
            var stem = Slug.From(Path.GetFileNameWithoutExtension(photo.FullPath));
            stem = stem.Length == 0 ? "anh" : stem;
            var name = stem;
            for (var n = 2; !used.Add(name); n++)
            {
                name = $"{stem}-{n}";
            }

            photo.Name = name;
        }
    }
}
