using System.Diagnostics;
using System.Globalization;
using NetVips;
using SkiaSharp;

// dotnet LibraryBench.dll netvips|skia PHOTOS_DIR COUNT   (bench/README.md, "NetVips against SkiaSharp")
//
// Each photo, two at a time as RaQuan's build runs them: decoded once at the largest size needed (both libraries
// decode a JPEG at a fraction of its size when that is enough), turned upright, then 1600, 960 and 480 px wide, each
// encoded as JPEG (quality 80) and WebP (quality 75) with no metadata. Run each library in its own process, so GNU
// time's peak memory is that library's.
if (args is not [var library and ("netvips" or "skia"), var input, var countText])
{
    Console.Error.WriteLine("usage: LibraryBench netvips|skia PHOTOS_DIR COUNT");
    return 2;
}

int[] widths = [1600, 960, 480];
var files = Directory.GetFiles(input, "*.jpg").Order(StringComparer.Ordinal).Take(int.Parse(countText, CultureInfo.InvariantCulture)).ToList();
long bytesOut = 0;
var clock = Stopwatch.StartNew();
if (library == "netvips")
{
    NetVips.Cache.Max = 0;
}

Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
{
    var bytes = File.ReadAllBytes(file);
    var written = library == "netvips" ? WithNetVips(bytes) : WithSkia(bytes);
    Interlocked.Add(ref bytesOut, written);
});
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{library}: {files.Count} photos in {clock.Elapsed.TotalSeconds:0.00} s ({clock.Elapsed.TotalSeconds / files.Count:0.000} s each), {files.Count * widths.Length * 2} files, {bytesOut / 1e6:0.0} MB written"));
return 0;

long WithNetVips(byte[] bytes)
{
    // As Images.ImageProcessor: shrink-on-load to the widest version (thumbnail turns it upright), then the others from it.
    using var largest = NetVips.Image.ThumbnailBuffer(bytes, widths[0], height: 1_000_000, size: Enums.Size.Down).Colourspace(Enums.Interpretation.Srgb).CopyMemory();
    long total = 0;
    foreach (var w in widths)
    {
        using var resized = w == largest.Width ? largest.Copy() : largest.ThumbnailImage(w, height: 1_000_000, noRotate: true);
        total += resized.JpegsaveBuffer(q: 80, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None).Length;
        total += resized.WebpsaveBuffer(q: 75, effort: 4, keep: Enums.ForeignKeep.None).Length;
    }

    return total;
}

long WithSkia(byte[] bytes)
{
    using var data = SKData.CreateCopy(bytes);
    using var codec = SKCodec.Create(data) ?? throw new InvalidOperationException("SkiaSharp cannot read the photo");

    // The smallest scale the JPEG decoder offers (1/8 steps) that is still at least as wide as the widest version.
    var size = codec.Info.Size;
    foreach (var scale in new[] { 0.125f, 0.25f, 0.375f, 0.5f, 0.625f, 0.75f, 0.875f })
    {
        var scaled = codec.GetScaledDimensions(scale);
        if (scaled.Width >= widths[0])
        {
            size = scaled;
            break;
        }
    }

    var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
    using var decoded = new SKBitmap(info);
    var result = codec.GetPixels(info, decoded.GetPixels());
    if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
    {
        throw new InvalidOperationException($"SkiaSharp could not decode the photo: {result}");
    }

    using var upright = Upright(decoded, codec.EncodedOrigin);
    long total = 0;
    foreach (var w in widths)
    {
        var h = (int)Math.Round((double)upright.Height * w / upright.Width);
        using var resized = upright.Resize(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb()),
            new SKSamplingOptions(SKCubicResampler.Mitchell)) ?? throw new InvalidOperationException("resize failed");
        using var image = SKImage.FromBitmap(resized);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        using var webp = image.Encode(SKEncodedImageFormat.Webp, 75);
        total += jpeg.Size + webp.Size;
    }

    return total;
}

// Skia leaves EXIF orientation to the caller: the quarter turns (5–8) and the half turn (3); mirrored ones are rare.
static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
{
    var degrees = origin switch { SKEncodedOrigin.RightTop => 90, SKEncodedOrigin.BottomRight => 180, SKEncodedOrigin.LeftBottom => 270, _ => 0 };
    if (degrees == 0)
    {
        return bitmap.Copy();
    }

    var quarter = degrees % 180 != 0;
    var turned = new SKBitmap(quarter ? bitmap.Height : bitmap.Width, quarter ? bitmap.Width : bitmap.Height);
    using var canvas = new SKCanvas(turned);
    canvas.Translate(turned.Width / 2f, turned.Height / 2f);
    canvas.RotateDegrees(degrees);
    canvas.Translate(-bitmap.Width / 2f, -bitmap.Height / 2f);
    canvas.DrawBitmap(bitmap, 0, 0);
    return turned;
}
