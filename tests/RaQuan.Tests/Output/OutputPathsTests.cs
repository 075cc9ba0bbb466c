using RaQuan.Output;

namespace RaQuan.Tests.Output;

public sealed class OutputPathsTests
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("ke-hoach/a/index.html")]
    [InlineData(".well-known/security.txt")]
    [InlineData("tệp có dấu.txt")]
    public void Paths_inside_the_site_are_safe(string path) => Assert.True(OutputPaths.IsSafe(path));

    [Theory]
    [InlineData("")]
    [InlineData("/etc/passwd")]
    [InlineData("../x")]
    [InlineData("a/../../x")]
    [InlineData("a/./x")]
    [InlineData("a//x")]
    [InlineData(@"..\..\x")]
    [InlineData("a\0b")]
    [InlineData("a\nb")]
    public void Paths_that_could_leave_the_site_are_not(string path) => Assert.False(OutputPaths.IsSafe(path));

    [Fact]
    public void The_sink_refuses_a_path_that_leaves_its_folder_and_writes_nothing()
    {
        var root = Directory.CreateTempSubdirectory("raquan-sink-").FullName;
        try
        {
            var sink = new OutputSink(Path.Combine(root, "site"));
            Assert.Throws<InvalidOperationException>(() => sink.Write("../escaped.txt", "x"));
            Assert.Throws<InvalidOperationException>(() => sink.Write(@"..\escaped.txt", "x"));
            Assert.False(File.Exists(Path.Combine(root, "escaped.txt")));
            Assert.Empty(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
