namespace RaQuan.Model;

/// <summary>A photo after processing: upright, sRGB, without metadata, in several widths and two formats.</summary>
/// <param name="Hash">The cache key: SHA-256 of the photo's bytes and the settings.</param>
/// <param name="Variants">Every version, narrowest first, JPEG and WebP of each width.</param>
/// <param name="Share">The 1200×630 JPEG crop for link previews (og:image).</param>
public sealed record ProcessedImage(string Hash, IReadOnlyList<ImageVariant> Variants, ImageVariant Share)
{
    /// <summary>The versions in one format, narrowest first.</summary>
    public IReadOnlyList<ImageVariant> In(string format) => Variants.Where(v => v.Format == format).ToList();

    /// <summary>The widest JPEG: what a gallery links to, and what width and height attributes describe.</summary>
    public ImageVariant Largest => In("jpg")[^1];
}
