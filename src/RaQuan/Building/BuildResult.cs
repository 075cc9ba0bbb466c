namespace RaQuan.Building;

/// <summary>What a successful build produced.</summary>
/// <param name="ImagesEncoded">Image files encoded; 0 when every photo came from the cache.</param>
public sealed record BuildResult(int Files, int Plans, int Units, TimeSpan Elapsed, IReadOnlyList<BuildError> Warnings, int ImagesEncoded = 0)
{
    /// <summary>Photos read and hashed to find them in the image cache; 0 when every photo's size and time were unchanged.</summary>
    public int PhotosHashed { get; init; }

    /// <summary>Files whose bytes equal those the previous site had, and which kept its files' modification times.</summary>
    public int Unchanged { get; init; }

    /// <summary>Files an incremental build took from the published site rather than rendering them; 0 without a cache.</summary>
    public int Reused { get; init; }

    /// <summary>Pages and other outputs an incremental build rendered; 0 without a cache.</summary>
    public int Rendered { get; init; }

    /// <summary>
    /// Plan pages an incremental build took from the published site by what they are made from (the plan's file, its
    /// ceremonies and result tables, the site stamp), without making their page models; 0 without a cache.
    /// </summary>
    public int PlanPagesByInputs { get; init; }

    /// <summary>
    /// Plan bodies an incremental build rendered: those of the plans added or changed, and of unchanged plans shown
    /// by an output made again (a page, a feed); 0 without a cache.
    /// </summary>
    public int BodiesRendered { get; init; }

    /// <summary>
    /// Documents whose words an incremental build read for the search index: every one when there was no index to
    /// patch, else those added or changed; 0 without a cache.
    /// </summary>
    public int SearchDocumentsRead { get; init; }

    /// <summary>Plan files whose bytes an incremental build hashed: those new, or with another size or time than recorded; 0 without a cache.</summary>
    public int PlansHashed { get; init; }

    /// <summary>
    /// Plan files an incremental build read and parsed: those new, changed, touched, or not recorded as read (a pasted
    /// document, a warning); 0 without a cache.
    /// </summary>
    public int PlansParsed { get; init; }

    /// <summary>
    /// Shards of the published search index an incremental build read back to patch it: every one when documents were
    /// renumbered or the record did not say where each document's words fall, else those the changed documents' words
    /// fall in; 0 without a cache or an index to patch.
    /// </summary>
    public int SearchShardsRead { get; init; }

    /// <summary>
    /// Whether the build staged into the site published before the current one, brought up to date, rather than a
    /// new folder (<see cref="Output.PreviousSite"/>): its publishing cost what changed, not the whole site.
    /// </summary>
    public bool PreviousSiteReused { get; init; }

    /// <summary>The path every link of the site starts with ("/ra-quan-2024/"), where <c>raquan serve</c> shows it.</summary>
    public string BasePath { get; init; } = "/";
}
