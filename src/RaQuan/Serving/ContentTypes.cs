using Microsoft.AspNetCore.StaticFiles;

namespace RaQuan.Serving;

/// <summary>The Content-Type of each kind of file a site holds; text is always UTF-8.</summary>
internal static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Others = new();

    private static readonly Dictionary<string, string> Site = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".ics"] = "text/calendar; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static string For(string path)
    {
        var extension = Path.GetExtension(path);
        return Site.TryGetValue(extension, out var type) ? type
            : Others.TryGetContentType(path, out var other) ? other
            : "application/octet-stream";
    }
}
