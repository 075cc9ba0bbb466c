using AngleSharp.Html.Parser;

namespace RaQuan.Tests.Support;

/// <summary>Finds internal links in a built site that lead nowhere: a missing file or a missing #fragment.</summary>
internal static class LinkChecker
{
    public static IReadOnlyList<string> Broken(string output, string basePath, string host)
    {
        var parser = new HtmlParser();
        var broken = new List<string>();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll("a[href], link[href], img[src], script[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith(host, StringComparison.Ordinal))
                {
                    url = url[host.Length..];
                }

                var from = Path.GetRelativePath(output, file);
                if (url.StartsWith('#'))
                {
                    Check(file, url[1..], from, url);
                }
                else if (url.StartsWith('/'))
                {
                    if (!url.StartsWith(basePath, StringComparison.Ordinal))
                    {
                        broken.Add($"{from}: {url} is outside the base path {basePath}");
                        continue;
                    }

                    var hash = url.IndexOf('#');
                    var path = Uri.UnescapeDataString(hash >= 0 ? url[basePath.Length..hash] : url[basePath.Length..]);
                    var target = Path.Combine(output, path.EndsWith('/') || path.Length == 0 ? path + "index.html" : path);
                    if (!File.Exists(target))
                    {
                        broken.Add($"{from}: {url} has no file");
                    }
                    else if (hash >= 0)
                    {
                        Check(target, url[(hash + 1)..], from, url);
                    }
                }
            }
        }

        return broken;

        void Check(string file, string fragment, string from, string url)
        {
            if (!ids.TryGetValue(file, out var set))
            {
                var document = parser.ParseDocument(File.ReadAllText(file));
                set = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
                ids[file] = set;
            }

            if (!set.Contains(Uri.UnescapeDataString(fragment)))
            {
                broken.Add($"{from}: {url} points to a missing id");
            }
        }
    }
}
