using RaQuan.Loading;

namespace RaQuan.News;

/// <summary>
/// Finds the file an image address names: relative to the post's folder, or from static/ when it starts with "/".
/// Anything else (another site, a path leaving both, a file that is not there) is an error, never a silent drop.
/// </summary>
internal sealed class PhotoResolver(ContentPaths paths, string? bundle, Diagnostics diagnostics)
{
    public Diagnostics Diagnostics => diagnostics;

    public Photo? Resolve(string src, string alt, string? caption, SourceLocation at)
    {
        var written = src.Trim();
        if (Rendering.Bodies.UrlPolicy.IsExternal(written) || written.Contains(':'))
        {
            diagnostics.Add(ContentErrors.ExternalImage(at, written));
            return null;
        }

        var path = Uri.UnescapeDataString(written.Split('?', '#')[0]);
        string? full;
        string root;
        if (path.StartsWith('/'))
        {
            root = paths.StaticDirectory;
            full = Inside(root, path.TrimStart('/'));
        }
        else
        {
            root = bundle ?? "";
            full = bundle is null ? null : Inside(bundle, path);
        }

        if (full is null || path.Contains('\\'))
        {
            diagnostics.Add(ContentErrors.ImageOutside(at, written));
            return null;
        }

        if (!File.Exists(full))
        {
            diagnostics.Add(ContentErrors.MissingImage(at, written, paths.Display(full)));
            return null;
        }

        return new Photo { Src = written, FullPath = full, Alt = alt, Caption = caption, At = at };
    }

    public Photo? FromFrontMatter(YamlFields item)
    {
        if (item.RequiredString("src", "anh-1.jpg") is not { } src)
        {
            return null;
        }

        var photo = Resolve(src, item.String("alt") ?? "", item.String("caption"), item.At("src"));
        if (photo is not null)
        {
            photo.Credit = item.String("credit");
        }

        return photo;
    }

    private static string? Inside(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var withSeparator = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(withSeparator, StringComparison.Ordinal) ? full : null;
    }
}
