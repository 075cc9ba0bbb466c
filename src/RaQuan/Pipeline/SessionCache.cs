using System.Security.Cryptography;
using RaQuan.Loading;
using RaQuan.Rendering.Caching;

namespace RaQuan.Pipeline;

/// <summary>
/// What a <c>raquan serve</c> session keeps between builds: plans read before (<see cref="PlanSourceCache"/>) and
/// what the render stage made (<see cref="RenderCache"/>), reused while their inputs are unchanged.
/// </summary>
internal sealed class SessionCache : IBuildCache
{
    // Bigger files (PDFs, images) are compared by size and time rather than read on every build.
    private const long HashedFileLimit = 256 * 1024;

    private PlanSourceCache _plans = new();
    private RenderCache _render = new();

    public IPlanReader Plans => _plans;

    /// <summary>Pages and feeds rendered (not reused) by the last build.</summary>
    public int Rendered => _render.Rendered;

    public int Count => _plans.Count + _render.Count;

    public IRenderCache BeginRender(LoadedContent content, Site site, BuildOptions options)
    {
        _plans.Sweep();
        _render.Begin(SiteStamp(content.Paths, options), site, _plans.StampOf);
        return _render;
    }

    public void Succeeded() => _render.End();

    public void Forget() => (_plans, _render) = (new PlanSourceCache(), new RenderCache());

    /// <summary>Stands for every input other than the plan files: the other content files and the build options.</summary>
    internal static string SiteStamp(ContentPaths paths, BuildOptions options)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{options.Now:O} {options.IncludeDrafts} {options.IncludeFuture} {options.IncludeExpired}\n");
        var plans = paths.PlansDirectory + Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(paths.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if ((file.StartsWith(plans, StringComparison.Ordinal) && file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) || paths.IsSpecial(file))
            {
                continue;
            }

            var info = new FileInfo(file);
            text.Append(file).Append(' ').Append(info.Length).Append(' ');
            text.Append(info.Length <= HashedFileLimit
                ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))
                : info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
            text.Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
