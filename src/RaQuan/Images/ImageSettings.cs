namespace RaQuan.Images;

/// <summary>
/// What a photo becomes: the widths of its versions (never wider than the photo), the encoders' quality, and the
/// size of the picture shown when a link is shared. Part of the cache key, so a change here encodes every photo again.
/// </summary>
internal sealed record ImageSettings
{
    public static ImageSettings Default { get; } = new();

    /// <summary>
    /// A gallery cell or a list's thumbnail on a phone (half of a 360 CSS px screen, at up to twice its density), a
    /// photo across a phone at 360 CSS px, a tablet or a desktop column at twice the density, a full screen. Without
    /// the narrowest, a phone fetched 480 px for every gallery cell: about 300 KB for a post of eight photograph-like
    /// pictures, over the 250 KB a first screen may take (bench/README.md).
    /// </summary>
    public IReadOnlyList<int> Widths { get; init; } = [320, 480, 960, 1600];

    public int JpegQuality { get; init; } = 80;
    public int WebpQuality { get; init; } = 75;

    /// <summary>Facebook's and Zalo's recommended link-preview size (1.91:1).</summary>
    public int ShareWidth { get; init; } = 1200;

    public int ShareHeight { get; init; } = 630;

    /// <summary>Files larger than this are refused before they are read.</summary>
    public long MaxBytes { get; init; } = 30L << 20;

    /// <summary>Photos with more pixels than this are refused from their header, before any decoding: a decompression bomb stops here.</summary>
    public long MaxPixels { get; init; } = 50_000_000;

    /// <summary>The settings as the cache key holds them; "v1" is the layout of the cache and of this text.</summary>
    public string Key => $"v1 widths={string.Join(',', Widths)} jpeg={JpegQuality} webp={WebpQuality} share={ShareWidth}x{ShareHeight} keep=none srgb";
}
