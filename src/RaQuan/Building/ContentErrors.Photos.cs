using RaQuan.Images;
using RaQuan.Model;

namespace RaQuan.Building;

/// <summary>The wording of errors about photos and images in content.</summary>
internal static partial class ContentErrors
{
    /// <summary>What a photo's alt text says until someone writes it (raquan new news): a build refuses it.</summary>
    public const string AltPlaceholder = "TODO: mô tả ngắn nội dung ảnh";

    public static BuildError MissingAlt(SourceLocation at, string src) => new(BuildStage.Load, at,
        $"the image \"{src}\" has no alt text: people who cannot see it, and search engines, get nothing",
        $"write what the photo shows between the brackets (mô tả ngắn nội dung ảnh): ![Đoàn viên thanh niên dọn vệ sinh đường thôn]({src})");

    public static BuildError MissingImage(SourceLocation at, string src, string lookedAt) => new(BuildStage.Load, at,
        $"the image \"{src}\" does not exist (looked for {lookedAt})",
        "check the file name (case matters), or copy the photo into the post's folder beside index.md");

    public static BuildError ImageOutside(SourceLocation at, string src) => new(BuildStage.Load, at,
        $"the image \"{src}\" is outside the post's folder and static/, so it would not be published",
        "copy the photo into the post's folder (beside index.md) and write its name alone: ![mô tả](anh-1.jpg); images shared by many pages go in static/ and are written /anh/ten.jpg");

    public static BuildError BodyImageOutside(SourceLocation at, string src) => new(BuildStage.Render, at,
        $"the image \"{src}\" is outside static/ and files/, so it would not be published",
        "put the image in static/ and write /anh/ten.png (for static/anh/ten.png), or in files/ and write /files/ten.png");

    public static BuildError ExternalImage(SourceLocation at, string src) => new(BuildStage.Load, at,
        $"the photo \"{src}\" is on another site: news photos are published with the post",
        "download it (if you may publish it), put it in the post's folder and write its name alone: ![mô tả](anh-1.jpg)");

    public static BuildError ImageInText(SourceLocation at, string src) => new(BuildStage.Load, at,
        $"the photo \"{src}\" is inside a paragraph, list or quote",
        "put each photo on a line of its own, with a blank line before and after the photos; photos on consecutive lines make a gallery");

    public static BuildError UnknownPhoto(SourceLocation at, string src) => new(BuildStage.Load, at,
        $"\"{src}\" is not a photo of this post", "give the file name of a photo in the post's folder, as written in the text or under photos:");

    public static BuildError RejectedPhoto(string file, SourceLocation usedAt, ImageProblem problem, string detail)
    {
        var settings = ImageSettings.Default;
        var used = $" (used at {usedAt})";
        var (what, fix) = problem switch
        {
            ImageProblem.TooLarge => ($"the photo is {detail}, more than the {settings.MaxBytes >> 20} MB a photo may be",
                "export it from the phone or camera at a smaller size (a 12-megapixel JPEG is 3–5 MB), or save it again as JPEG at quality 85"),
            ImageProblem.TooManyPixels => ($"the photo is {detail}, more than the {settings.MaxPixels / 1_000_000} megapixels a photo may have",
                "resize it to at most 8,000 pixels on its long side; a small file of this size is made to exhaust memory (a decompression bomb) and should not be published"),
            ImageProblem.Heic => ("the photo is HEIC (HEIF), which this build of the image library cannot read",
                "export it as JPEG: on an iPhone set Settings › Camera › Formats › Most Compatible, or share the photo by Zalo or mail (which sends JPEG); on a computer open it in Photos/Preview and export as JPEG"),
            ImageProblem.UnknownFormat => ($"the file is not a JPEG, PNG or WebP photo (it reads as {detail})",
                "save it as JPEG (photos) or PNG (drawings, screenshots)"),
            _ => ($"the photo cannot be read, it is damaged or cut short ({detail})",
                "copy it again from the phone or camera; open it on a computer to check that it shows whole"),
        };
        return new BuildError(BuildStage.Assemble, new SourceLocation(file), what + used, fix);
    }

    public static BuildError UnknownCeremony(SourceLocation at, string slug, IEnumerable<string> known) => new(BuildStage.Assemble, at,
        $"no ceremony has the slug \"{slug}\"",
        Suggestions.Closest(slug, known) is { } near ? $"did you mean \"{near}\"?" : "give the slug of a ceremony in ceremonies/ (the last part of its address lich/SLUG/)");

    public static BuildError BundleWithoutIndex(string folder) => new(BuildStage.Load, new SourceLocation(folder),
        "the news folder has no index.md, so its post would not be published",
        "add index.md (raquan new news \"Tiêu đề\" --unit SLUG makes one), or move the folder out of news/");
}
