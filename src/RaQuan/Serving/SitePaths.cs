namespace RaQuan.Serving;

/// <summary>
/// Maps a request path to a file of the built site. Only the site's own files can come out: a path that tries to
/// leave it ("..", an encoded slash or backslash, a NUL) finds nothing, as does anything outside the base path.
/// </summary>
internal static class SitePaths
{
    /// <summary>A file to send, a folder address to redirect to (with its trailing slash), or neither (404).</summary>
    public readonly record struct Resolution(string? File, string? Redirect);

    /// <param name="path">The decoded request path, as Kestrel gives it (an encoded "/" stays "%2F").</param>
    public static Resolution Resolve(string path, string basePath, Func<string, bool> exists)
    {
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return default;
        }

        var relative = path[basePath.Length..];
        if (relative.IndexOfAny(['\\', '\0', '%']) >= 0 || relative.Split('/').Any(s => s is "." or ".."))
        {
            return default;
        }

        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            return exists(relative + "index.html") ? new Resolution(relative + "index.html", null) : default;
        }

        if (exists(relative))
        {
            return new Resolution(relative, null);
        }

        return exists(relative + "/index.html") ? new Resolution(null, path + "/") : default;
    }
}
