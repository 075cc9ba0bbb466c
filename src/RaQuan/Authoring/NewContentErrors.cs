using RaQuan.Building;
using RaQuan.Model;

namespace RaQuan.Authoring;

/// <summary>The wording of <c>raquan new</c>'s errors.</summary>
internal static class NewContentErrors
{
    public static BuildError NoSlug(string title) => new(BuildStage.Load, new SourceLocation("title"),
        $"the title \"{title}\" has no letters or digits to make an address from", "give a title such as \"Kế hoạch tổ chức Lễ ra quân năm 2024\"");

    public static BuildError NoPhotos(string folder) => new(BuildStage.Load, new SourceLocation(folder),
        "the folder does not exist or holds no JPEG, PNG, WebP or HEIC photo", "give the folder the phone's photos were copied into: --photos ~/Anh/ra-quan");

    public static BuildError Exists(string path) => new(BuildStage.Load, new SourceLocation(path),
        "the file already exists and is left as it is", "give another title, or edit the existing file");
}
