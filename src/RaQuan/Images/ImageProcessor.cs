using System.Security.Cryptography;
using NetVips;
using Image = NetVips.Image;

namespace RaQuan.Images;

/// <summary>
/// Turns a photo into the versions a page shows, with libvips (NetVips): the photo is decoded once, shrunk while it
/// is read (a JPEG decodes at half or a quarter of its size when that is enough, bench/README.md), turned upright
/// from its EXIF orientation and converted to sRGB; then each width is encoded as JPEG and WebP without any metadata
/// (<c>keep=none</c>: no EXIF, no GPS position, no XMP, no ICC profile, sRGB being what browsers assume).
/// </summary>
internal sealed class ImageProcessor(ImageCache cache, ImageSettings? settings = null)
{
    private readonly ImageSettings _settings = settings ?? ImageSettings.Default;
    private readonly PhotoFingerprints _fingerprints = PhotoFingerprints.Load(cache.Root, (settings ?? ImageSettings.Default).Key);
    private int _encodes;
    private int _hashes;

    // libvips is loaded when the first photo is encoded, not before: a site whose photos are all in the cache, or
    // that has none, builds without it (the native program carries it as a file beside itself, which may be lost).
    private static readonly Lazy<string?> LibraryProblem = new(() => LibraryProblemOf(() => NetVips.Cache.Max = 0));

    /// <summary>Files encoded since this processor was made (cache hits encode none).</summary>
    public int Encodes => _encodes;

    /// <summary>Photos read and hashed since this processor was made (a photo whose size and time are unchanged is not).</summary>
    public int Hashes => _hashes;

    public ImageCache Cache { get; } = cache;

    /// <summary>
    /// The processed photo, from the cache when its content and the settings are unchanged. The content is told
    /// by the photo's size and time when they are those recorded (<see cref="PhotoFingerprints"/>), else by hashing it.
    /// </summary>
    /// <exception cref="ImageRejectedException">The photo is too large, unreadable, or in a format not read.</exception>
    public ProcessedImage Process(string fullPath)
    {
        // Size and time are taken here, before the read: a write during the read leaves a time the next build sees.
        var info = new FileInfo(fullPath);
        var length = info.Length;
        if (length > _settings.MaxBytes)
        {
            throw new ImageRejectedException(ImageProblem.TooLarge, $"{length / (1024.0 * 1024):0.#} MB");
        }

        if (_fingerprints.KeyOf(fullPath, info) is { } known && Cache.TryGet(known) is { } kept)
        {
            return kept;
        }

        if (LibraryProblem.Value is { } problem)
        {
            throw new ImageRejectedException(ImageProblem.NoLibrary, problem);
        }

        var readAt = _fingerprints.Now();
        var bytes = File.ReadAllBytes(fullPath);
        Interlocked.Increment(ref _hashes);
        var hash = HashOf(bytes);
        var processed = Cache.TryGet(hash) ?? Cache.Store(hash, Encode(bytes));
        _fingerprints.Record(fullPath, info, readAt, hash);
        return processed;
    }

    /// <summary>
    /// Why libvips cannot be used, or null when <paramref name="load"/> (the first call into it, which loads it and
    /// sets it up) succeeds: the loader's first sentence, such as "Unable to load shared library 'libvips.so.42' or one of its dependencies".
    /// </summary>
    internal static string? LibraryProblemOf(Action load)
    {
        try
        {
            // libvips keeps recent operations and their buffers for reuse; each photo is processed once.
            load();
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException
                                   || e is TypeInitializationException { InnerException: DllNotFoundException or EntryPointNotFoundException or BadImageFormatException })
        {
            var inner = e.InnerException ?? e;
            // The loader goes on with advice for developers (strace, LD_DEBUG) after its first sentence.
            var first = inner.Message.Split('\n', 2)[0].Trim();
            return first.IndexOf(". ", StringComparison.Ordinal) is > 0 and var end ? first[..end] : first.TrimEnd('.');
        }
    }

    /// <summary>Keeps the keys of the photos read for the next build (<see cref="PhotoFingerprints.Save"/>).</summary>
    public void SaveFingerprints() => _fingerprints.Save();

    /// <summary>The cache key: the photo's bytes and the settings.</summary>
    public string HashOf(byte[] bytes)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(_settings.Key + "\n"));
        sha.AppendData(bytes);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private List<(string Name, int Width, int Height, byte[] Bytes)> Encode(byte[] bytes)
    {
        // The loader's class name: VipsForeignLoadJpegBuffer, VipsForeignLoadPngBuffer, VipsForeignLoadHeifBuffer…
        var loader = Image.FindLoadBuffer(bytes)?.Replace("VipsForeignLoad", "", StringComparison.Ordinal).Replace("Buffer", "", StringComparison.Ordinal);
        if (IsHeif(bytes) && loader is null or "Heif" && !CanDecodeHeic(bytes))
        {
            throw new ImageRejectedException(ImageProblem.Heic, "HEIC");
        }

        if (loader is not ("Jpeg" or "Png" or "Webp" or "Heif"))
        {
            throw new ImageRejectedException(ImageProblem.UnknownFormat, loader ?? "unknown");
        }

        try
        {
            return EncodeChecked(bytes);
        }
        catch (VipsException e)
        {
            throw new ImageRejectedException(ImageProblem.Corrupt, WhatLibvipsSaid(e.Message));
        }
    }

    private List<(string Name, int Width, int Height, byte[] Bytes)> EncodeChecked(byte[] bytes)
    {
        // The header alone: the pixel limit is judged before a single row is decoded, so a small file that would
        // decode to gigabytes is refused here.
        int width, height;
        using (var header = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential))
        {
            (width, height) = (header.Width, header.Height);
            if ((long)width * height > _settings.MaxPixels)
            {
                throw new ImageRejectedException(ImageProblem.TooManyPixels, $"{width}×{height}, {(long)width * height / 1e6:0.#} megapixels");
            }

            // Orientations 5–8 turn the photo a quarter: its upright width is the stored height.
            if (header.Contains("orientation") && header.Get("orientation") is int o && o >= 5)
            {
                (width, height) = (height, width);
            }
        }

        var widths = _settings.Widths.Where(w => w < width).Append(Math.Min(width, _settings.Widths.Max())).Distinct().Order().ToList();

        // One decode, shrunk on load to the widest version. A truncated file is an error: thumbnail's own fail_on does
        // not reach the loader (libvips 8.18), the loader's option string does.
        using var thumbnail = Image.ThumbnailBuffer(bytes, widths[^1], optionString: "[fail_on=truncated]", height: 1_000_000, size: Enums.Size.Down);
        using var largest = ForTheWeb(thumbnail).CopyMemory();

        var files = new List<(string, int, int, byte[])>();
        foreach (var w in widths)
        {
            using var resized = w == largest.Width ? largest.Copy() : largest.ThumbnailImage(w, height: 1_000_000, noRotate: true);
            files.Add(($"{w}.jpg", resized.Width, resized.Height, Jpeg(resized)));
            files.Add(($"{w}.webp", resized.Width, resized.Height, Webp(resized)));
        }

        using var share = largest.ThumbnailImage(_settings.ShareWidth, height: _settings.ShareHeight, size: Enums.Size.Both,
            crop: Enums.Interesting.Attention, noRotate: true);
        files.Add(("share.jpg", share.Width, share.Height, Jpeg(share)));
        return files;
    }

    // sRGB, 8 bits, no alpha: what JPEG holds and every browser shows alike. Transparent parts of a PNG become white.
    private static Image ForTheWeb(Image image)
    {
        var result = image;
        if (result.HasAlpha())
        {
            result = result.Flatten(background: [255, 255, 255]);
        }

        if (result.Interpretation != Enums.Interpretation.Srgb)
        {
            result = result.Colourspace(Enums.Interpretation.Srgb);
        }

        if (result.Format != Enums.BandFormat.Uchar)
        {
            result = result.Cast(Enums.BandFormat.Uchar);
        }

        return result;
    }

    private byte[] Jpeg(Image image)
    {
        Interlocked.Increment(ref _encodes);
        return image.JpegsaveBuffer(q: _settings.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);
    }

    private byte[] Webp(Image image)
    {
        Interlocked.Increment(ref _encodes);
        return image.WebpsaveBuffer(q: _settings.WebpQuality, effort: 4, keep: Enums.ForeignKeep.None);
    }

    // ISO BMFF with a HEIF brand: "ftyp" at offset 4, then heic, heix, mif1, msf1, hevc…
    private static bool IsHeif(byte[] bytes) =>
        bytes.Length > 12 && bytes.AsSpan(4, 4).SequenceEqual("ftyp"u8)
        && (bytes.AsSpan(8, 4).SequenceEqual("heic"u8) || bytes.AsSpan(8, 4).SequenceEqual("heix"u8) || bytes.AsSpan(8, 4).SequenceEqual("mif1"u8)
            || bytes.AsSpan(8, 4).SequenceEqual("msf1"u8) || bytes.AsSpan(8, 4).SequenceEqual("hevc"u8));

    // The libvips build may read HEIF's container and AVIF yet have no HEVC decoder (it is patent-encumbered).
    private static bool CanDecodeHeic(byte[] bytes)
    {
        try
        {
            using var image = Image.ThumbnailBuffer(bytes, 16, failOn: Enums.FailOn.Error);
            using var pixels = image.CopyMemory();
            return true;
        }
        catch (VipsException)
        {
            return false;
        }
    }

    // libvips's message is its error buffer: "unable to copy to memory" then what the decoder said.
    private static string WhatLibvipsSaid(string message)
    {
        var text = string.Join("; ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct());
        return text.Length > 200 ? text[..200] : text;
    }
}
