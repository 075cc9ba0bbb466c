namespace RaQuan.Loading;

/// <summary>The load stage: reads every content file, reporting all problems at once.</summary>
internal static class ContentLoader
{
    /// <param name="cache">Plans kept from an earlier build of a serve session; null reads every file.</param>
    public static LoadedContent Load(string siteDirectory, PlanSourceCache? cache = null)
    {
        var diagnostics = new Diagnostics(BuildStage.Load);
        var paths = new ContentPaths(siteDirectory);
        if (!Directory.Exists(paths.Root))
        {
            diagnostics.Error(new Model.SourceLocation(siteDirectory), Messages.SiteFolderMissing, Messages.SiteFolderMissingFix);
            diagnostics.ThrowIfErrors();
        }

        // Before any file is read, so nothing outside the folder is even opened.
        ContentLinks.Check(paths, diagnostics);
        diagnostics.ThrowIfErrors();

        foreach (var hidden in paths.HiddenStaticNames())
        {
            diagnostics.Add(ContentErrors.HiddenStaticFile(hidden));
        }

        var config = SiteConfigLoader.Load(paths, diagnostics);
        var units = UnitsLoader.Load(paths, diagnostics);
        var files = MarkdownFiles(paths, paths.PlansDirectory).ToArray();
        var loaded = new PlanSource?[files.Length];
        ReadingThreads.For(files.Length, i =>
            loaded[i] = cache is null ? PlanLoader.Load(files[i], paths, diagnostics) : cache.Load(files[i], paths, diagnostics));
        var plans = loaded.OfType<PlanSource>().ToList();
        var pages = MarkdownFiles(paths, paths.PagesDirectory)
            .Select(file => PageLoader.Load(file, paths, diagnostics))
            .OfType<Model.ContentPage>()
            .ToList();
        var ceremonies = Ceremonies.CeremonyLoader.Load(paths, diagnostics);
        var results = Results.ResultLoader.Load(paths, diagnostics);
        var news = News.NewsLoader.Load(paths, diagnostics);

        diagnostics.ThrowIfErrors();
        return new LoadedContent(paths, config!, units, plans, pages, ceremonies, results, diagnostics.Items, news);
    }

    private static IEnumerable<string> MarkdownFiles(ContentPaths paths, string directory) =>
        Directory.Exists(directory)
            ? paths.Files(directory, "*.md", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            : [];
}
