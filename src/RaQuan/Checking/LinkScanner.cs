using AngleSharp.Html.Parser;

namespace RaQuan.Checking;

/// <summary>
/// Follows every href and src of a built site: an internal one must reach a file (a folder's index.html) and, with
/// a #fragment, an element with that id; external ones are collected, not fetched.
/// </summary>
internal sealed class LinkScanner(string output, Uri baseUrl)
{
    private const string Selector = "a[href], link[href], img[src], script[src], iframe[src], source[src], audio[src], video[src]";
    private readonly HtmlParser _parser = new();
    private readonly Dictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);

    /// <summary>Each broken link: the finding against the built page, and the link as the page writes it.</summary>
    public List<(CheckFinding Finding, string Href)> Broken { get; } = [];
    public SortedDictionary<string, SortedSet<string>> External { get; } = new(StringComparer.Ordinal);

    public void Scan()
    {
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var page = Path.GetRelativePath(output, file).Replace('\\', '/');
            var pageUrl = new Uri(baseUrl, page);
            var document = _parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll(Selector))
            {
                var href = (element.GetAttribute("href") ?? element.GetAttribute("src") ?? "").Trim();
                if (href.Length > 0)
                {
                    Follow(page, pageUrl, file, href);
                }
            }
        }
    }

    private void Follow(string page, Uri pageUrl, string pageFile, string href)
    {
        if (!Uri.TryCreate(pageUrl, href, out var url))
        {
            Broken.Add((Finding(page, UiLanguage.Format(Messages.LinkInvalidAddress, href)), href));
            return;
        }

        if (url.Scheme is not ("http" or "https"))
        {
            return; // mailto:, tel: and the like lead outside the web.
        }

        var inside = url.Authority == baseUrl.Authority && url.AbsolutePath.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal);
        if (!inside)
        {
            var key = url.GetLeftPart(UriPartial.Query);
            if (!External.TryGetValue(key, out var pages))
            {
                External[key] = pages = new SortedSet<string>(StringComparer.Ordinal);
            }

            pages.Add(page);
            return;
        }

        var path = Uri.UnescapeDataString(url.AbsolutePath[baseUrl.AbsolutePath.Length..]);
        var target = href.StartsWith('#') ? pageFile : Path.Combine(output, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
        if (!File.Exists(target))
        {
            Broken.Add((Finding(page, UiLanguage.Format(Messages.LinkToNoPage, href)), href));
        }
        else if (url.Fragment.Length > 1 && !Ids(target).Contains(Uri.UnescapeDataString(url.Fragment[1..])))
        {
            Broken.Add((Finding(page, UiLanguage.Format(Messages.LinkToNoElement, href, Uri.UnescapeDataString(url.Fragment[1..]))), href));
        }
    }

    private HashSet<string> Ids(string file)
    {
        if (!_ids.TryGetValue(file, out var set))
        {
            set = file.EndsWith(".html", StringComparison.Ordinal)
                ? _parser.ParseDocument(File.ReadAllText(file)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal)
                : [];
            _ids[file] = set;
        }

        return set;
    }

    private static CheckFinding Finding(string page, string message) =>
        new("error", "link", page, null, null, message, Messages.BrokenLinkFix);
}
