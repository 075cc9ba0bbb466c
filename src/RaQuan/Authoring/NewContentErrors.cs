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

    public static BuildError UnknownProvince(string text, IReadOnlyList<string> nearest) => new(BuildStage.Load, new SourceLocation("--province"),
        $"no province or centrally-run city of the official list is named or coded \"{text}\"",
        nearest.Count == 0 ? "write its name (\"Quảng Ngãi\") or its official code (\"51\")" : $"did you mean {Names(nearest)}?");

    public static BuildError UnknownCommune(string text, string? province, IReadOnlyList<string> nearest) => new(BuildStage.Load, new SourceLocation("--commune"),
        $"no commune, ward or special zone {(province is null ? "" : $"of {province} ")}is named or coded \"{text}\"",
        nearest.Count == 0 ? "write its name (\"Đăk Hà\") or its official code (\"23500\")" : $"did you mean {Names(nearest)}?");

    public static BuildError AmbiguousCommune(string text, IReadOnlyList<string> candidates) => new(BuildStage.Load, new SourceLocation("--commune"),
        $"\"{text}\" names several units: {string.Join(", ", candidates)}",
        "add --province with its province, or give the unit's official code");

    public static BuildError NoProvince() => new(BuildStage.Load, new SourceLocation("--province"),
        "a new site needs its province (or its commune)", "add --province \"Quảng Ngãi\" (a name or an official code), and --commune for one commune's site");

    public static BuildError NotForSite(string option) => new(BuildStage.Load, new SourceLocation(option),
        $"{option} is for \"raquan new site\" only", "leave it out, or run: raquan new site DIR --province \"Quảng Ngãi\"");

    private static string Names(IReadOnlyList<string> names) => string.Join(" or ", names.Select(n => $"\"{n}\""));
}
