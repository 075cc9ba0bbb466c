using RaQuan.Images;

namespace RaQuan.Tests.News;

/// <summary>When a photo's recorded size and time may stand for its content, and when they may not.</summary>
public sealed class PhotoFingerprintsTests : IDisposable
{
    private const string Settings = "v1 test";
    private readonly string _folder = Directory.CreateTempSubdirectory("raquan-fingerprints-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Photo(string name, DateTime time)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, [1, 2, 3, 4]);
        File.SetLastWriteTimeUtc(path, time);
        return path;
    }

    private static long Ticks(DateTime time) => time.Ticks;

    [Fact]
    public void A_photo_read_long_after_its_last_change_is_known_by_size_and_time_on_the_next_build()
    {
        var time = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        var photo = Photo("anh.jpg", time);
        var fingerprints = PhotoFingerprints.Load(_folder, Settings);
        fingerprints.Record(photo, new FileInfo(photo), Ticks(time.AddMinutes(5)), "key-1");
        fingerprints.Save();

        Assert.Equal("key-1", PhotoFingerprints.Load(_folder, Settings).KeyOf(photo, new FileInfo(photo)));

        // Other settings, another size or another time: the photo is read again.
        Assert.Null(PhotoFingerprints.Load(_folder, "v2 other").KeyOf(photo, new FileInfo(photo)));
        File.SetLastWriteTimeUtc(photo, time.AddSeconds(1));
        Assert.Null(PhotoFingerprints.Load(_folder, Settings).KeyOf(photo, new FileInfo(photo)));
        File.WriteAllBytes(photo, [1, 2, 3, 4, 5]);
        File.SetLastWriteTimeUtc(photo, time);
        Assert.Null(PhotoFingerprints.Load(_folder, Settings).KeyOf(photo, new FileInfo(photo)));
    }

    [Theory]
    [InlineData(0)]     // read in the very tick it was written
    [InlineData(900)]   // within the same second
    [InlineData(2500)]  // within FAT's two-second clock and a little more
    [InlineData(-5000)] // stamped ahead of the reader's clock (a camera's or a share's)
    public void A_photo_read_within_moments_of_its_last_change_is_read_again_though_size_and_time_are_the_same(int readAfterMilliseconds)
    {
        // A write after the read, within the same tick, would leave the same size and time and other bytes.
        var time = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        var photo = Photo("anh.jpg", time);
        var fingerprints = PhotoFingerprints.Load(_folder, Settings);
        fingerprints.Record(photo, new FileInfo(photo), Ticks(time.AddMilliseconds(readAfterMilliseconds)), "key-1");
        fingerprints.Save();

        Assert.Null(PhotoFingerprints.Load(_folder, Settings).KeyOf(photo, new FileInfo(photo)));
    }

    [Fact]
    public void Fingerprints_of_photos_that_are_gone_are_dropped_and_a_path_with_a_tab_is_kept()
    {
        var time = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        var gone = Photo("cu.jpg", time);
        var tabbed = Photo("anh\tmoi.jpg", time);
        var fingerprints = PhotoFingerprints.Load(_folder, Settings);
        fingerprints.Record(gone, new FileInfo(gone), Ticks(time.AddHours(1)), "key-gone");
        fingerprints.Record(tabbed, new FileInfo(tabbed), Ticks(time.AddHours(1)), "key-tab");
        fingerprints.Save();
        File.Delete(gone);

        var next = PhotoFingerprints.Load(_folder, Settings);
        Assert.Equal("key-tab", next.KeyOf(tabbed, new FileInfo(tabbed)));
        next.Save();

        var text = File.ReadAllText(Path.Combine(_folder, "photos.tsv"));
        Assert.DoesNotContain("key-gone", text);
        Assert.Contains("key-tab", text);
    }
}
