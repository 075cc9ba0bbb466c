namespace RaQuan.Images;

/// <summary>
/// Processed photos on the disk, one folder per key (the photo's content and the settings), kept across builds and
/// shared by serve: a rebuild that changes no photo encodes nothing. A folder is written under a temporary name and
/// renamed when complete, so a build stopped half-way or two builds at once never leave a partial entry.
/// </summary>
internal sealed class ImageCache(string root)
{
    private const string InfoFile = "info.txt";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The default place: the user's cache folder ($XDG_CACHE_HOME or ~/.cache), raquan/images.</summary>
    public static string DefaultRoot =>
        Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "raquan", "images");

    public ProcessedImage? TryGet(string hash)
    {
        var folder = FolderOf(hash);
        var info = Path.Combine(folder, InfoFile);
        if (!File.Exists(info))
        {
            return null;
        }

        var variants = new List<ImageVariant>();
        foreach (var line in File.ReadAllLines(info))
        {
            var f = line.Split(' ');
            if (f.Length != 4)
            {
                return null;
            }

            var file = Path.Combine(folder, f[0]);
            var length = long.Parse(f[3], CultureInfo.InvariantCulture);
            if (!File.Exists(file) || new FileInfo(file).Length != length)
            {
                return null;
            }

            variants.Add(new ImageVariant(int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture),
                Path.GetExtension(f[0])[1..], length, file));
        }

        var share = variants.FirstOrDefault(v => Path.GetFileNameWithoutExtension(v.CacheFile) == "share");
        return share is null ? null : new ProcessedImage(hash, variants.Where(v => v != share).ToList(), share);
    }

    /// <summary>Stores encoded files (name → bytes, with their size) and returns the entry as <see cref="TryGet"/> will.</summary>
    public ProcessedImage Store(string hash, IReadOnlyList<(string Name, int Width, int Height, byte[] Bytes)> files)
    {
        var folder = FolderOf(hash);
        var temporary = $"{folder}.{Guid.NewGuid():N}.tmp";
        Directory.CreateDirectory(temporary);
        foreach (var (name, _, _, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(temporary, name), bytes);
        }

        File.WriteAllLines(Path.Combine(temporary, InfoFile),
            files.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Name} {f.Width} {f.Height} {f.Bytes.Length}")));
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(temporary, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            // Another build stored the same photo meanwhile: its entry is the same.
            Directory.Delete(temporary, recursive: true);
        }

        return TryGet(hash) ?? throw new IOException($"the image cache entry {folder} could not be read back");
    }

    private string FolderOf(string hash) => Path.Combine(Root, hash[..2], hash);
}
