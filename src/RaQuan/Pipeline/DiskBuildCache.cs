using RaQuan.Loading;
using RaQuan.Output;
using RaQuan.Rendering.Caching;

namespace RaQuan.Pipeline;

/// <summary>
/// The cache of an incremental <c>raquan build</c>, kept in a folder beside the output (<c>.OUT.cache/</c>, or
/// <c>--cache DIR</c>) between builds: the render key of every file the last build published
/// (<see cref="BuildCacheFile"/>), so that this build takes the files whose key is unchanged from the published site
/// rather than rendering them (<see cref="PublishedRenderCache"/>); what it took of each plan's body, so that an
/// unchanged plan's body is rendered only for an output made again; and what the published search index was read
/// from, so that this build patches it rather than reading every document (<see cref="Search.RecordedSearchIndex"/>). The cache is trusted only when it was written by
/// this very build of RaQuan, for this content and output folder, with the same site stamp (every content file outside
/// plans/, the build options, the language), and the published site carries the id the cache names; a damaged or
/// foreign cache is ignored with a warning, and a file of the site that is not as the cache recorded it is rendered.
/// </summary>
internal sealed class DiskBuildCache : IBuildCache
{
    private readonly string _folder;
    private readonly string _output;
    private readonly string _site;
    private readonly string _build;
    private readonly BuildCacheFile.Opened? _opened;
    private readonly bool _refused;
    private readonly PlanSourceCache _plans;
    private PublishedRenderCache? _render;
    private string _siteStamp = "";

    public DiskBuildCache(string folder, string output, string content, string build)
    {
        (_folder, _output, _build) = (Path.GetFullPath(folder), Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar), build);
        _site = Path.GetFullPath(content).TrimEnd(Path.DirectorySeparatorChar) + "\n" + _output;
        _opened = BuildCacheFile.Read(_folder, _build, _site, out var refusal);
        _plans = new PlanSourceCache(() => Loaded?.Sources);
        _refused = refusal is not BuildCacheFile.Refusal.None and not BuildCacheFile.Refusal.Missing;
    }

    /// <summary>
    /// The warning to show when the cache found was not used (refused, or its records could not be read); null when it
    /// was, or there was none.
    /// </summary>
    public BuildError? Warning =>
        _refused || (_opened is not null && Loaded is null) ? ContentErrors.BuildCacheIgnored(Path.Combine(_folder, BuildCacheFile.FileName)) : null;

    // The whole cache once its records are read (in the background from the start of the build); null without one.
    private BuildCacheFile? Loaded => _opened?.Whole.GetAwaiter().GetResult();

    /// <summary>
    /// The site published before the one in the output and the files the two differ in, as the last build recorded
    /// them; null when the cache does not describe the site in the output.
    /// </summary>
    public Output.PreviousSiteDiff? Previous =>
        _opened is { PreviousId: { } id } && OutputMarker.IdOf(_output) == _opened.PublishedId ? new(id, _opened.Changed) : null;

    public IPlanReader Plans => _plans;

    public int Count => Loaded?.Outputs.Count ?? 0;

    /// <summary>Files taken from the published site by the last build: pages and outputs, and search index files.</summary>
    public int Reused => (_render?.Reused.Count ?? 0) + (_render?.SearchFilesKept ?? 0);

    /// <summary>Pages and outputs the last build rendered.</summary>
    public int Rendered => _render?.Rendered ?? 0;

    /// <summary>Plan pages the last build took from the published site by what they are made from, without making their models.</summary>
    public int PlanPagesByInputs => _render?.PlanPagesByInputs ?? 0;

    /// <summary>Plan bodies the last build rendered.</summary>
    public int BodiesRendered => _render?.BodiesRendered ?? 0;

    /// <summary>Plan files the last build hashed: read for the first time, or with another size or time than recorded.</summary>
    public int PlansHashed => _plans.Hashed;

    /// <summary>Plan files the last build read and parsed (not taken as the last build recorded them).</summary>
    public int PlansParsed => _plans.Parsed;

    /// <summary>Documents whose words the last build read for the search index.</summary>
    public int SearchDocumentsRead => _render?.SearchDocumentsRead ?? 0;

    /// <summary>Shards of the published search index the last build read back.</summary>
    public int SearchShardsRead => _render?.SearchShardsRead ?? 0;

    /// <summary>Whether <paramref name="file"/> (a path in the site) was taken from the published site as it is.</summary>
    public bool IsReused(string file) => _render is { } render && (render.Reused.ContainsKey(file) || render.IsKeptSearchFile(file));

    public IRenderCache BeginRender(LoadedContent content, Site site, BuildOptions options)
    {
        _siteStamp = SessionCache.SiteStamp(content.Paths, options) + " " + CultureInfo.CurrentUICulture.Name;
        var loaded = Loaded is { } whole && whole.SiteStamp == _siteStamp && OutputMarker.IdOf(_output) == whole.PublishedId ? whole : null;
        _render = new PublishedRenderCache(loaded?.Outputs, loaded?.Plans, loaded?.Search, _output, _plans.StampOf, RenderKeys.Summary(site));
        return _render;
    }

    public void Succeeded()
    {
    }

    public void Forget()
    {
    }

    /// <summary>
    /// Writes the cache describing the site just published as <paramref name="publishedId"/>: what the reused files
    /// were recorded with (the very files, linked), and the size and time the rendered ones have now; and the site it
    /// replaced, kept as the previous site, with the files in which the two differ.
    /// </summary>
    public void Save(string publishedId, string? replacedId, IReadOnlyCollection<string> changed)
    {
        if (_render is null)
        {
            return;
        }

        var outputs = new Dictionary<string, OutputRecord>(_render.Reused, StringComparer.Ordinal);
        foreach (var (file, key) in _render.RenderedKeys)
        {
            var info = new FileInfo(Path.Combine(_output, file));
            if (info.Exists)
            {
                outputs[file] = new OutputRecord(key, info.Length, info.LastWriteTimeUtc.Ticks);
            }
        }

        new BuildCacheFile(_build, _site, _siteStamp, publishedId, outputs, replacedId, changed, _render.Digests, _render.SearchRecord(_output))
        {
            Sources = _plans.Stamps,
        }.Write(_folder);
    }

    /// <summary>The cache folder of <paramref name="output"/> when none is given: <c>.OUT.cache</c> beside it, next to its lock file.</summary>
    public static string FolderBeside(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.cache");
    }

    /// <summary>
    /// Which build of RaQuan made a cache: the program's and the theme's own identities, which change with every
    /// build, so a cache is never read by a RaQuan whose pages could differ.
    /// </summary>
    public static string BuildOf(Rendering.ITheme theme) =>
        string.Join('/', System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(typeof(DiskBuildCache).Assembly)?.InformationalVersion,
            typeof(DiskBuildCache).Assembly.ManifestModule.ModuleVersionId, theme.GetType().Assembly.ManifestModule.ModuleVersionId);
}
