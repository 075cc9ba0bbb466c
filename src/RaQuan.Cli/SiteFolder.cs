using RaQuan.Loading;

namespace RaQuan.Cli;

/// <summary>The content folder <c>new</c> and <c>import</c> write into: the one named by --site, else the current folder or its content/, whichever holds site.yml.</summary>
internal static class SiteFolder
{
    /// <summary>The folder, or null after printing that it holds no site.yml and how to name the right one.</summary>
    public static async Task<string?> FindAsync(string? given, TextWriter error)
    {
        var candidates = given is null ? [".", "content"] : new[] { given };
        foreach (var folder in candidates)
        {
            if (File.Exists(new ContentPaths(folder).SiteFile))
            {
                return folder;
            }
        }

        await error.WriteLineAsync(ContentErrors.NoSiteFolder(given ?? Path.GetFullPath(".")).ToString());
        return null;
    }
}
