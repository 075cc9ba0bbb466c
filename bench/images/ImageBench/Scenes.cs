using NetVips;

namespace ImageBench;

/// <summary>
/// Simple scenes drawn with libvips, in place of photos: sky, hills, a road, a red banner, people in the youth
/// union's green shirts, trees. Made here so the sample site and the bench use no photo from elsewhere.
/// </summary>
internal static class Scenes
{
    public static Image Draw(int width, int height, int seed, double noise)
    {
        var random = new Random(seed);
        var xyz = Image.Xyz(width, height);
        var (x, y) = (xyz[0] / (double)width, xyz[1] / (double)height);
        var horizon = 0.45 + random.NextDouble() * 0.1;

        // Sky: deeper blue at the top; hills: a wave of greens; ground: reddish earth (Tây Nguyên's basalt soil).
        Image scene = (y * 120 + 110).Bandjoin(y * 90 + 160, y * 20 + 225);
        var hills = y > (horizon - 0.08 + (x * (6 + random.Next(4)) + random.NextDouble() * 6).Sin() * 0.025 + 0.0);
        scene = hills.Ifthenelse(new double[] { 70, 120, 60 }, scene);
        scene = (y > horizon).Ifthenelse((y * 40 + 150).Bandjoin(y * 30 + 85, y * 10 + 50), scene);

        // The road: a trapezoid narrowing to the horizon, concrete grey.
        var centre = 0.35 + random.NextDouble() * 0.3;
        var half = (y - horizon) / (1 - horizon) * 0.3 + 0.01;
        var road = (y > horizon) & ((x - centre).Abs() < half);
        scene = road.Ifthenelse(new double[] { 175, 172, 165 }, scene);

        // The sun.
        var (sx, sy) = (0.1 + random.NextDouble() * 0.8, 0.08 + random.NextDouble() * 0.15);
        scene = (((x - sx) * ((double)width / height)).Pow(2) + (y - sy).Pow(2) < 0.004).Ifthenelse(new double[] { 255, 225, 120 }, scene);

        // A red banner on two poles.
        var (bx, by) = (0.15 + random.NextDouble() * 0.3, horizon - 0.25);
        scene = ((x > bx) & (x < bx + 0.4) & (y > by) & (y < by + 0.09)).Ifthenelse(new double[] { 200, 25, 30 }, scene);
        scene = ((((x - bx).Abs() < 0.004) | ((x - bx - 0.4).Abs() < 0.004)) & (y > by) & (y < horizon + 0.05)).Ifthenelse(new double[] { 90, 70, 50 }, scene);
        scene = ((x > bx + 0.17) & (x < bx + 0.23) & (y > by + 0.015) & (y < by + 0.075)).Ifthenelse(new double[] { 250, 220, 40 }, scene);

        // Trees along the road, and people: a body and a head, farther ones smaller.
        for (var i = 0; i < 6; i++)
        {
            var (tx, ty) = (random.NextDouble(), horizon + random.NextDouble() * 0.15);
            var r = 0.03 + (ty - horizon) * 0.3;
            scene = (((x - tx) * ((double)width / height)).Pow(2) + (y - ty + r).Pow(2) < r * r).Ifthenelse(new double[] { 40, 100 + random.Next(40), 40 }, scene);
        }

        for (var i = 0; i < 10 + random.Next(10); i++)
        {
            var (px, py) = (random.NextDouble(), horizon + 0.05 + random.NextDouble() * 0.4);
            var size = 0.05 + (py - horizon) * 0.25;
            var shirt = random.Next(3) switch { 0 => new double[] { 30, 140, 70 }, 1 => [40, 60, 160], _ => [30, 150, 80] };
            scene = ((x > px - size * 0.15) & (x < px + size * 0.15) & (y > py - size) & (y < py)).Ifthenelse(shirt, scene);
            scene = ((((x - px) * ((double)width / height)).Pow(2) + (y - py + size * 1.15).Pow(2)) < size * size * 0.03).Ifthenelse(new double[] { 220, 180, 150 }, scene);
        }

        if (noise > 0)
        {
            scene += Texture(width, height, seed, noise);
        }

        return scene.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    /// <summary>
    /// Grain and detail at every scale, as leaves, gravel and faces give a photo: seeded noise drawn at 1/1, 1/4, 1/16
    /// and 1/64 of the size and enlarged smoothly. Fine noise alone averages out when a photo is made smaller, so its
    /// 480 px version would compress far better than a photograph's.
    /// </summary>
    private static Image Texture(int width, int height, int seed, double sigma)
    {
        Image texture = Image.Black(width, height);
        foreach (var scale in new[] { 1, 4, 16, 64 })
        {
            using var small = Image.Gaussnoise(width / scale + 2, height / scale + 2, sigma: sigma * (1 + Math.Log2(scale) / 3), mean: 0, seed: seed * 100 + scale);
            using var large = scale == 1 ? small.Copy() : small.Resize(scale, kernel: Enums.Kernel.Linear);
            texture += large.Crop(0, 0, width, height);
        }

        return texture;
    }

    /// <summary>The scene as a phone saves it: JPEG with a GPS position and the camera in its EXIF.</summary>
    public static byte[] PhoneJpeg(Image scene, int quality)
    {
        using var image = scene.Mutate(m =>
        {
            m.Set(GValue.RefStrType, "exif-ifd0-Make", "RaQuan");
            m.Set(GValue.RefStrType, "exif-ifd0-Model", "Scene");
            m.Set(GValue.RefStrType, "exif-ifd3-GPSLatitudeRef", "N");
            m.Set(GValue.RefStrType, "exif-ifd3-GPSLatitude", "14/1 21/1 3000/100");
            m.Set(GValue.RefStrType, "exif-ifd3-GPSLongitudeRef", "E");
            m.Set(GValue.RefStrType, "exif-ifd3-GPSLongitude", "108/1 0/1 1500/100");
        });
        return image.JpegsaveBuffer(q: quality);
    }
}
