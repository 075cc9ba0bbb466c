using RaQuan.Building;
using RaQuan.Images;
using RaQuan.Model;

namespace RaQuan.Tests.News;

/// <summary>
/// The native program carries libvips as a file beside itself. When that file is lost, a build that must encode a
/// photo fails with one plain error saying what to install, not a stack trace.
/// </summary>
public sealed class ImageLibraryTests
{
    [Fact]
    public void A_library_that_loads_is_no_problem()
    {
        Assert.Null(ImageProcessor.LibraryProblemOf(() => { }));
    }

    [Fact]
    public void A_missing_library_is_named_by_the_loader_s_first_sentence()
    {
        var missing = new DllNotFoundException("Unable to load shared library 'libvips.so.42' or one of its dependencies. In order to help diagnose loading problems, consider using a tool like strace.\n/opt/raquan/libvips.so.42: cannot open shared object file");

        Assert.Equal("Unable to load shared library 'libvips.so.42' or one of its dependencies", ImageProcessor.LibraryProblemOf(() => throw missing));
        Assert.Equal("Unable to load shared library 'libvips.so.42' or one of its dependencies",
            ImageProcessor.LibraryProblemOf(() => throw new TypeInitializationException("NetVips.Internal.Vips", missing)));
    }

    [Fact]
    public void Other_failures_are_not_taken_for_a_missing_library()
    {
        Assert.Throws<InvalidOperationException>(() => ImageProcessor.LibraryProblemOf(() => throw new InvalidOperationException("a defect")));
    }

    [Fact]
    public void The_error_says_where_the_photo_is_used_and_how_to_get_the_library()
    {
        var error = ContentErrors.RejectedPhoto("content/news/a/anh.jpg", new SourceLocation("content/news/a/index.md", 7), ImageProblem.NoLibrary,
            "Unable to load shared library 'libvips.so.42'");

        Assert.Contains("libvips is missing (Unable to load shared library 'libvips.so.42')", error.Message);
        Assert.Contains("content/news/a/index.md:7", error.Message);
        Assert.Contains("libvips.so.42 sits beside raquan", error.Fix);
        Assert.Contains("dotnet tool install", error.Fix);
    }
}
