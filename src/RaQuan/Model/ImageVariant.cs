namespace RaQuan.Model;

/// <summary>One encoded version of a photo, as the cache holds it.</summary>
/// <param name="Format">"webp" or "jpg": the file extension.</param>
/// <param name="CacheFile">The full path of the encoded file in the cache.</param>
public sealed record ImageVariant(int Width, int Height, string Format, long Length, string CacheFile)
{
    public string MediaType => Format == "webp" ? "image/webp" : "image/jpeg";
}
