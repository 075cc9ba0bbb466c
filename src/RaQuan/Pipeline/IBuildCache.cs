using RaQuan.Loading;
using RaQuan.Rendering.Caching;

namespace RaQuan.Pipeline;

/// <summary>
/// What a build may keep for the next one, handed to <see cref="SitePipeline"/>: <see cref="NoBuildCache"/> for a
/// plain build, a <see cref="SessionCache"/> for <c>raquan serve</c>. The stages ask it, never which one it is.
/// </summary>
internal interface IBuildCache
{
    /// <summary>How plans are read: those read before are reused while their file is unchanged, when the cache keeps them.</summary>
    IPlanReader Plans { get; }

    /// <summary>Starts the render stage of a build of <paramref name="site"/>, loaded as <paramref name="content"/>.</summary>
    IRenderCache BeginRender(LoadedContent content, Site site, BuildOptions options);

    /// <summary>The build succeeded: drop what it did not ask for.</summary>
    void Succeeded();

    /// <summary>The build stopped on a defect of RaQuan: what it kept may be half-updated, so start afresh.</summary>
    void Forget();

    /// <summary>Entries kept between builds.</summary>
    int Count { get; }
}

/// <summary>A plain build's cache: keeps nothing.</summary>
internal sealed class NoBuildCache : IBuildCache
{
    public IPlanReader Plans => IPlanReader.Fresh;

    public IRenderCache BeginRender(LoadedContent content, Site site, BuildOptions options) => new NoRenderCache();

    public void Succeeded()
    {
    }

    public void Forget()
    {
    }

    public int Count => 0;
}
