using RaQuan.Loading;

namespace RaQuan.Authoring;

/// <summary>
/// <c>raquan new</c>: writes a new content file from a template, with its title, slug, date and unit filled in.
/// It never overwrites a file.
/// </summary>
public static class NewContent
{
    /// <summary>Vietnamese documents are dated in Indochina Time, whatever the machine's zone.</summary>
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The day <paramref name="now"/> falls on in Vietnam.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Vietnam).DateTime);

    /// <summary>Creates the files and returns their paths; throws <see cref="BuildException"/> when it cannot.</summary>
    /// <param name="now">The clock: the date written is its day in +07:00.</param>
    /// <param name="photos">For news: a folder whose photos are copied into the post's folder, each with an image line.</param>
    /// <param name="siteOnlyOption">An option given that only <c>new site</c> takes, to refuse.</param>
    public static IReadOnlyList<string> Create(
        string siteDirectory, NewContentKind kind, string title, string? unitSlug, DateTimeOffset now, string? photos = null, string? siteOnlyOption = null)
    {
        var paths = new ContentPaths(siteDirectory);
        var diagnostics = new Diagnostics(BuildStage.Load);
        if (siteOnlyOption is not null)
        {
            diagnostics.Add(NewContentErrors.NotForSite(siteOnlyOption));
        }

        title = VietnameseText.Nfc(title.Trim());
        var slug = PlanLoader.SlugFromTitle(title);
        if (slug.Length == 0)
        {
            diagnostics.Add(NewContentErrors.NoSlug(title));
        }

        if (unitSlug is not null)
        {
            CheckUnit(paths, unitSlug, diagnostics);
        }

        var photoFiles = kind == NewContentKind.News && photos is not null ? PhotosIn(photos) : [];
        if (photos is not null && photoFiles.Count == 0)
        {
            diagnostics.Add(NewContentErrors.NoPhotos(photos));
        }

        diagnostics.ThrowIfErrors();
        var today = Today(now);
        var bundle = Path.Combine(paths.Root, News.NewsLoader.Folder, slug);
        var photoNames = PhotoNames(photoFiles);
        var files = kind switch
        {
            NewContentKind.Plan => [(Path.Combine(paths.PlansDirectory, slug + ".md"), Templates.Plan(title, slug, unitSlug, today))],
            NewContentKind.Ceremony => [(Path.Combine(paths.Root, "ceremonies", slug + ".yml"), Templates.Ceremony(title, unitSlug, today))],
            NewContentKind.News => [(Path.Combine(bundle, "index.md"), Templates.News(title, unitSlug, now.ToOffset(Vietnam), photoNames))],
            _ => new List<(string, string)>
            {
                (Path.Combine(paths.Root, "results", slug + ".yml"), Templates.Results(title, slug, today)),
                (Path.Combine(paths.Root, "results", slug + ".csv"), Templates.ResultsCsv),
            },
        };

        foreach (var (path, _) in files.Where(f => File.Exists(f.Item1)))
        {
            diagnostics.Add(NewContentErrors.Exists(paths.Display(path)));
        }

        diagnostics.ThrowIfErrors();
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);

            // CreateNew: a file that appeared since the check above is still not overwritten.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Utf8.GetBytes(text));
        }

        for (var i = 0; i < photoFiles.Count; i++)
        {
            File.Copy(photoFiles[i], Path.Combine(bundle, photoNames[i]), overwrite: false);
        }

        return files.Select(f => paths.Display(f.Item1)).ToList();
    }

    private static void CheckUnit(ContentPaths paths, string unitSlug, Diagnostics diagnostics)
    {
        var units = UnitsLoader.Load(paths, diagnostics).SelectMany(u => u.SelfAndDescendants()).Select(u => u.Slug).ToList();
        if (!diagnostics.HasErrors && !units.Contains(unitSlug, StringComparer.Ordinal))
        {
            var error = ContentErrors.UnknownUnit(new SourceLocation("--unit"), unitSlug, units);
            diagnostics.Add(error with { Stage = BuildStage.Load });
        }
    }

    private static List<string> PhotosIn(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder)
                .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".webp" or ".heic" or ".heif")
                .Order(StringComparer.Ordinal).ToList()
            : [];

    // Phone names ("IMG_2034.JPG") as ASCII slugs with a lower-case extension, each once.
    private static List<string> PhotoNames(List<string> files)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var file in files)
        {
            var stem = Vietnamese.Slug.From(Path.GetFileNameWithoutExtension(file)) is { Length: > 0 } s ? s : "anh";
            var extension = Path.GetExtension(file).ToLowerInvariant();
            var name = stem + extension;
            for (var n = 2; !used.Add(name); n++)
            {
                name = $"{stem}-{n}{extension}";
            }

            names.Add(name);
        }

        return names;
    }

    internal static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
