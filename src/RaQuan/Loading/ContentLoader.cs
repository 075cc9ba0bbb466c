namespace RaQuan.Loading;

/// <summary>The load stage: reads every content file, reporting all problems at once.</summary>
internal static class ContentLoader
{
    /// <param name="plans">How plan files are read: fresh by default, or from what a serve session kept.</param>
    public static LoadedContent Load(string siteDirectory, IPlanReader? plans = null)
    {
        plans ??= IPlanReader.Fresh;
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
        ReadingThreads.For(files.Length, i => loaded[i] = plans.Load(files[i], paths, diagnostics));
        var pages = MarkdownFiles(paths, paths.PagesDirectory)
            .Select(file => PageLoader.Load(file, paths, diagnostics))
            .OfType<Model.ContentPage>()
            .ToList();
        var ceremonies = Ceremonies.CeremonyLoader.Load(paths, diagnostics);
        var results = Results.ResultLoader.Load(paths, diagnostics);
        var news = News.NewsLoader.Load(paths, diagnostics);

        diagnostics.ThrowIfErrors();
        return new LoadedContent(paths, config!, units, loaded.OfType<PlanSource>().ToList(), pages, ceremonies, results, diagnostics.Items, news);
    }

    private static IEnumerable<string> MarkdownFiles(ContentPaths paths, string directory) =>
        Directory.Exists(directory)
            ? paths.Files(directory, "*.md", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            : [];
}
