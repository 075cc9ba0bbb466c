using NetVips;

namespace RaQuan.Tests.News;

/// <summary>
/// Photos drawn for tests with libvips: a sky, a field, a sun and a red banner, with noise so they compress as photos
/// do, and EXIF a phone writes (a GPS position, the camera, an orientation) so tests can show none of it is published.
/// </summary>
internal static class TestPhotos
{
    /// <summary>Hà Nội's Ba Đình square, as a phone would record it.</summary>
    public const string Latitude = "21/1 2/1 1234/100";

    public static Image Scene(int width, int height)
    {
        var xyz = Image.Xyz(width, height);
        var y = xyz[1] / (double)height;
        var sky = (y * -120 + 235).Bandjoin(y * -60 + 220, Image.Black(width, height) + 255);
        var field = (y * 0 + 60).Bandjoin(y * 60 + 130, y * 0 + 50);
        var scene = (y < 0.6).Ifthenelse(sky, field);
        var sun = ((xyz[0] - width * 0.8).Pow(2) + (xyz[1] - height * 0.2).Pow(2)) < Math.Pow(height * 0.08, 2);
        scene = sun.Ifthenelse(new double[] { 255, 210, 60 }, scene);
        var banner = (xyz[0] > width * 0.2) & (xyz[0] < width * 0.7) & (xyz[1] > height * 0.3) & (xyz[1] < height * 0.42);
        scene = banner.Ifthenelse(new double[] { 200, 30, 30 }, scene);
        var noise = Image.Gaussnoise(width, height, sigma: 12);
        return (scene + noise).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    /// <summary>
    /// The scene with grain and detail at every scale (seeded noise drawn at 1/1 to 1/64 of the size, enlarged), so
    /// that, like a photograph and unlike the plain scene, its small versions do not compress to almost nothing.
    /// </summary>
    public static Image Photograph(int width, int height, int seed)
    {
        using var scene = Scene(width, height);
        Image texture = Image.Black(width, height);
        foreach (var scale in new[] { 1, 4, 16, 64 })
        {
            using var small = Image.Gaussnoise(width / scale + 2, height / scale + 2, sigma: 20 * (1 + Math.Log2(scale) / 3), mean: 0, seed: seed * 100 + scale);
            using var large = scale == 1 ? small.Copy() : small.Resize(scale, kernel: Enums.Kernel.Linear);
            texture += large.Crop(0, 0, width, height);
        }

        return (scene + texture).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    /// <summary>A JPEG with EXIF: GPS position, camera make and model, the orientation given.</summary>
    /// <param name="seed">Draws <see cref="Photograph"/> with this seed instead of the plain scene.</param>
    public static byte[] Jpeg(int width, int height, int orientation = 1, int quality = 90, int? seed = null)
    {
        using var scene = seed is { } s ? Photograph(width, height, s) : Scene(width, height);
        using var image = scene.Mutate(m =>
        {
            m.Set(GValue.RefStrType, "exif-ifd0-Make", "RaQuanPhone");
            m.Set(GValue.RefStrType, "exif-ifd0-Model", "Test 1");
            m.Set(GValue.RefStrType, "exif-ifd3-GPSLatitudeRef", "N");
            m.Set(GValue.RefStrType, "exif-ifd3-GPSLatitude", Latitude);
            m.Set(GValue.RefStrType, "exif-ifd3-GPSLongitudeRef", "E");
            m.Set(GValue.RefStrType, "exif-ifd3-GPSLongitude", "105/1 50/1 2109/100");
            m.Set(GValue.GIntType, "orientation", orientation);
        });
        return image.JpegsaveBuffer(q: quality);
    }

    public static byte[] Png(int width, int height)
    {
        using var scene = Scene(width, height);
        return scene.PngsaveBuffer();
    }

    /// <summary>A PNG of few bytes that decodes to <paramref name="width"/>×<paramref name="height"/> pixels: a decompression bomb.</summary>
    public static byte[] Bomb(int width, int height)
    {
        using var black = Image.Black(width, height);
        return black.PngsaveBuffer(compression: 9);
    }

    /// <summary>What exiftool reads in a file, every tag with its group ("GPS:GPSLatitude").</summary>
    public static string Exif(string file)
    {
        var start = new System.Diagnostics.ProcessStartInfo("exiftool", ["-a", "-G1", "-s", file]) { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
