using System.Diagnostics;
using System.Globalization;
using ImageBench;
using RaQuan.Images;

// dotnet run -c Release --project bench/images/ImageBench -- COMMAND …   (bench/README.md, "News photos")
switch (args)
{
    case ["sample", var output]:
        // The sample site's photos (content/news/*/): 1600×1200, as a phone photo already resized by Zalo would be.
        foreach (var (name, seed) in SamplePhotos())
        {
            var file = Path.Combine(output, name);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using var scene = Scenes.Draw(1600, 1200, seed, noise: 3);
            File.WriteAllBytes(file, Scenes.PhoneJpeg(scene, quality: 80));
            Console.WriteLine($"{file} {new FileInfo(file).Length / 1024} KB");
        }

        break;

    case ["photos", var output, var countText]:
        // Phone-size photos: 4000×3000 (12 megapixels), JPEG quality 92, 3–5 MB each. Ten scenes are drawn (drawing
        // and encoding 12 megapixels takes a while on a busy machine); the others are copies of them with a JPEG
        // comment of their own, so every file has its own content hash (no cache hit) and decodes as the scene does.
        Directory.CreateDirectory(output);
        var count = int.Parse(countText, CultureInfo.InvariantCulture);
        var scenes = Enumerable.Range(0, Math.Min(count, 10)).Select(i => Path.Combine(output, $"scene-{i:00}.jpg.src")).ToList();
        Parallel.For(0, scenes.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            if (!File.Exists(scenes[i]))
            {
                using var scene = Scenes.Draw(4000, 3000, i, noise: 9);
                File.WriteAllBytes(scenes[i], Scenes.PhoneJpeg(scene, quality: 92));
            }
        });
        for (var i = 0; i < count; i++)
        {
            var source = File.ReadAllBytes(scenes[i % scenes.Count]);
            var comment = System.Text.Encoding.ASCII.GetBytes($"copy {i}");
            byte[] segment = [0xFF, 0xFE, 0, (byte)(comment.Length + 2), .. comment];
            File.WriteAllBytes(Path.Combine(output, $"anh-{i:000}.jpg"), [.. source[..2], .. segment, .. source[2..]]);
        }

        var sizes = Directory.GetFiles(output, "*.jpg").Select(f => new FileInfo(f).Length).ToList();
        Console.WriteLine($"{sizes.Count} photos, {sizes.Average() / 1e6:0.00} MB on average");
        break;

    case ["raquan", var input, var cache]:
        // RaQuan's image step as a build runs it: two photos at a time, each to 480, 960, 1600 in JPEG and WebP plus
        // the 1200×630 share image.
        var files = Directory.GetFiles(input, "*.jpg").Order(StringComparer.Ordinal).ToList();
        var processor = new ImageProcessor(new ImageCache(cache));
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, file => processor.Process(file));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"raquan: {files.Count} photos in {clock.Elapsed.TotalSeconds:0.00} s, {processor.Hashes} photos hashed, {processor.Encodes} files encoded, peak memory {PeakMiB()} MiB"));
        processor.SaveFingerprints();
        break;

    case ["site", var withPhotos, var withoutPhotos, var cache, var output, var runsText]:
        // A cached rebuild, as `raquan build` runs it: the sample site with a news post showing the photos (WITH),
        // against the same site whose post has the text and no photo (WITHOUT), alternating. The first build of
        // WITH reads and hashes its photos (their paths are new to the cache); the builds after it should read none.
        var theme = new RaQuan.Themes.Default.DefaultTheme();
        var now = DateTimeOffset.Parse("2024-03-01T09:00:00+07:00", CultureInfo.InvariantCulture);
        var warm = await RaQuan.Building.SiteBuilder.BuildAsync(new RaQuan.Building.BuildOptions(withPhotos, output + "-with", now, ImageCacheDirectory: cache), theme);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"site with photos, first build: {warm.Elapsed.TotalSeconds:0.00} s, {warm.PhotosHashed} photos hashed, {warm.ImagesEncoded} files encoded"));
        var (withTimes, withoutTimes) = (new List<double>(), new List<double>());
        for (var run = 1; run <= int.Parse(runsText, CultureInfo.InvariantCulture); run++)
        {
            var a = await RaQuan.Building.SiteBuilder.BuildAsync(new RaQuan.Building.BuildOptions(withPhotos, output + "-with", now, ImageCacheDirectory: cache), theme);
            var b = await RaQuan.Building.SiteBuilder.BuildAsync(new RaQuan.Building.BuildOptions(withoutPhotos, output + "-without", now, ImageCacheDirectory: cache), theme);
            (withTimes, withoutTimes) = ([.. withTimes, a.Elapsed.TotalSeconds], [.. withoutTimes, b.Elapsed.TotalSeconds]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: with photos {a.Elapsed.TotalSeconds:0.00} s ({a.Files} files, {a.PhotosHashed} photos hashed, {a.ImagesEncoded} encoded), without {b.Elapsed.TotalSeconds:0.00} s ({b.Files} files)"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median: with photos {Median(withTimes):0.00} s, without {Median(withoutTimes):0.00} s, difference {Median(withTimes) - Median(withoutTimes):0.00} s"));
        await theme.DisposeAsync();
        break;

    default:
        Console.Error.WriteLine("usage: ImageBench sample OUT | photos OUT N | raquan IN CACHE | site WITH WITHOUT CACHE OUT RUNS");
        return 2;
}

return 0;

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static long PeakMiB() =>
    File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
        .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).FirstOrDefault();

static IEnumerable<(string Name, int Seed)> SamplePhotos() =>
[
    ("dak-mar-ra-quan-lam-duong/le-ra-quan.jpg", 11),
    ("dak-mar-ra-quan-lam-duong/do-be-tong.jpg", 12),
    ("dak-mar-ra-quan-lam-duong/don-co.jpg", 13),
    ("dak-mar-ra-quan-lam-duong/hoan-thanh.jpg", 14),
    ("nhan-co-phat-dong-ra-quan-dau-xuan/phat-dong.jpg", 21),
    ("nhan-co-phat-dong-ra-quan-dau-xuan/khoi-cong.jpg", 22),
    ("nhan-co-phat-dong-ra-quan-dau-xuan/thanh-nien.jpg", 23),
    ("dak-la-trong-cay-dau-xuan/trong-cay.jpg", 31),
    ("dak-la-trong-cay-dau-xuan/cham-soc.jpg", 32),
];
