using RaQuan.Output;
using RaQuan.Search;

namespace RaQuan.Tests.Output;

/// <summary>
/// <see cref="FileStatus"/> reads a file's kind, size and time with one system call: what it gives must be what
/// <see cref="FileInfo"/> gives, since a build compares stamps recorded from one with stamps read by the other.
/// </summary>
public sealed class FileStatusTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("raquan-stat-").FullName;

    [Fact]
    public void A_file_s_size_and_time_are_those_FileInfo_gives_to_the_tick()
    {
        var file = Path.Combine(_folder, "Kế hoạch ra quân.html");
        File.WriteAllText(file, "<p>Lễ ra quân đầu xuân</p>");
        File.SetLastWriteTimeUtc(file, new DateTime(2024, 2, 20, 1, 30, 15, DateTimeKind.Utc).AddTicks(1_234_567));
        foreach (var path in new[] { file, Path.Combine(_folder, new string('x', 200), "..", Path.GetFileName(file)) })
        {
            Directory.CreateDirectory(Path.Combine(_folder, new string('x', 200)));
            var info = new FileInfo(path);
            Assert.Equal(FileStatus.Kind.Regular, FileStatus.Of(path, out var length, out var written));
            Assert.Equal(info.Length, length);
            Assert.Equal(info.LastWriteTimeUtc.Ticks, written);
            Assert.Equal(new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks), FileStamp.Of(path));
        }

        // A file just written, with the system's own nanoseconds.
        var fresh = Path.Combine(_folder, "moi.json");
        File.WriteAllBytes(fresh, new byte[12_345]);
        Assert.Equal(new FileStamp(12_345, new FileInfo(fresh).LastWriteTimeUtc.Ticks), FileStamp.Of(fresh));
    }

    [Fact]
    public void A_folder_a_link_and_a_missing_file_have_no_stamp()
    {
        var file = Path.Combine(_folder, "a.html");
        File.WriteAllText(file, "a");
        var link = Path.Combine(_folder, "lien-ket.html");
        File.CreateSymbolicLink(link, file);

        Assert.Equal(FileStatus.Kind.Folder, FileStatus.Of(_folder, out _, out _));
        Assert.Equal(FileStatus.Kind.Link, FileStatus.Of(link, out _, out _));
        Assert.Equal(FileStatus.Kind.Missing, FileStatus.Of(Path.Combine(_folder, "khong-co.html"), out _, out _));
        Assert.Null(FileStamp.Of(_folder));
        Assert.Null(FileStamp.Of(link));
        Assert.Null(FileStamp.Of(Path.Combine(_folder, "khong-co", "a.html")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
