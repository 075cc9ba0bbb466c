using System.Xml;

namespace RaQuan.Building;

/// <summary>
/// Addresses must not move: a page the last published site listed in its sitemap that the new build no longer has,
/// and that no plan names among its <c>aliases</c>, is a warning. When a plan of the new build is the one that was
/// there (its file has the old slug as its name, or the last site's <c>api/ke-hoach.json</c> gave the old address
/// the same number, or the same unit and date, as one plan at a new address), the warning names it and its new address.
/// </summary>
internal static class MovedPages
{
    public static IReadOnlyList<BuildError> Check(string publishedFolder, string newFolder, Site site)
    {
        // Most builds publish the sitemap they replace, byte for byte: no page moved, and the addresses of 50,000 plans
        // need not be parsed twice to tell.
        if (SameSitemap(publishedFolder, newFolder))
        {
            return [];
        }

        var published = Locations(publishedFolder);
        var baseUrl = site.Config.BaseUrl.AbsoluteUri;
        if (published.Count == 0 || !published.Any(u => u.StartsWith(baseUrl, StringComparison.Ordinal)))
        {
            return []; // no site published here yet, or one at another address
        }

        var now = Locations(newFolder).ToHashSet(StringComparer.Ordinal);
        now.UnionWith(site.Plans.SelectMany(p => p.Aliases).Select(a => baseUrl + a));
        var plansByFile = site.Plans.GroupBy(p => Path.GetFileNameWithoutExtension(p.Source.File), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var publishedSet = published.ToHashSet(StringComparer.Ordinal);
        var moved = site.Plans.Where(p => !publishedSet.Contains($"{baseUrl}ke-hoach/{p.Slug}/")).ToList();
        // Read only when a page is gone: the open data of 50,000 plans is 65 MB to parse, and most builds move nothing.
        var oldPlans = new Lazy<Dictionary<string, (string? Number, string? Date, string? Unit)>>(() => PublishedPlans(publishedFolder));
        var sitemap = new SourceLocation(Path.Combine(publishedFolder, "sitemap.xml"));
        var warnings = new List<BuildError>();
        foreach (var url in published.Where(u => u.StartsWith(baseUrl, StringComparison.Ordinal) && !now.Contains(u)).Order(StringComparer.Ordinal))
        {
            var path = url[baseUrl.Length..];
            if (path.StartsWith("ke-hoach/", StringComparison.Ordinal) && path.Count(c => c == '/') == 2
                && (plansByFile.GetValueOrDefault(path["ke-hoach/".Length..^1]) ?? SamePlan(oldPlans.Value.GetValueOrDefault(url), moved)) is { } plan)
            {
                warnings.Add(ContentErrors.PageGone(plan.Source, url, $"{baseUrl}ke-hoach/{plan.Slug}/"));
            }
            else
            {
                warnings.Add(ContentErrors.PageGone(sitemap, url, null));
            }
        }

        return warnings;
    }

    /// <summary>The one plan at a new address with the number, or else the unit and date, the old address had.</summary>
    private static Plan? SamePlan((string? Number, string? Date, string? Unit)? old, List<Plan> moved)
    {
        if (old is not { } o)
        {
            return null;
        }

        var same = o.Number is not null
            ? moved.Where(p => p.Number == o.Number).ToList()
            : moved.Where(p => p.Unit.Slug == o.Unit && p.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == o.Date).ToList();
        return same.Count == 1 ? same[0] : null;
    }

    /// <summary>The plans of the last published site's <c>api/ke-hoach.json</c>, by address.</summary>
    private static Dictionary<string, (string? Number, string? Date, string? Unit)> PublishedPlans(string folder)
    {
        var plans = new Dictionary<string, (string?, string?, string?)>(StringComparer.Ordinal);
        var file = Path.Combine(folder, "api", "ke-hoach.json");
        if (!File.Exists(file))
        {
            return plans;
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var p in json.RootElement.GetProperty("plans").EnumerateArray())
            {
                plans[p.GetProperty("url").GetString()!] = (Text(p, "number"), Text(p, "date"), Text(p, "unit"));
            }
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            // Open data that cannot be read only means the warning cannot name the plan.
        }

        return plans;

        static string? Text(System.Text.Json.JsonElement e, string key) =>
            e.TryGetProperty(key, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
    }

    /// <summary>Whether both folders hold a sitemap and its parts with the same bytes.</summary>
    private static bool SameSitemap(string publishedFolder, string newFolder)
    {
        try
        {
            var index = File.ReadAllBytes(Path.Combine(newFolder, "sitemap.xml"));
            if (!index.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(publishedFolder, "sitemap.xml"))))
            {
                return false;
            }

            if (index.AsSpan().IndexOf("<sitemapindex"u8) < 0)
            {
                return true;
            }

            return Read(Path.Combine(newFolder, "sitemap.xml")).Locations
                .Select(part => Path.GetFileName(new Uri(part).AbsolutePath))
                .All(part => File.ReadAllBytes(Path.Combine(newFolder, part)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(publishedFolder, part))));
        }
        catch (Exception e) when (e is XmlException or UriFormatException or IOException)
        {
            return false;
        }
    }

    /// <summary>The page addresses of the sitemap in <paramref name="folder"/>, through its index when it is split.</summary>
    private static List<string> Locations(string folder)
    {
        var urls = new List<string>();
        var file = Path.Combine(folder, "sitemap.xml");
        if (!File.Exists(file))
        {
            return urls;
        }

        try
        {
            var (root, locations) = Read(file);
            if (root != "sitemapindex")
            {
                return locations;
            }

            foreach (var part in locations)
            {
                var local = Path.Combine(folder, Path.GetFileName(new Uri(part).AbsolutePath));
                if (File.Exists(local))
                {
                    urls.AddRange(Read(local).Locations);
                }
            }
        }
        catch (Exception e) when (e is XmlException or UriFormatException or IOException)
        {
            // A sitemap that cannot be read says nothing about which pages were published.
        }

        return urls;
    }

    private static (string Root, List<string> Locations) Read(string file)
    {
        using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        reader.MoveToContent();
        var root = reader.LocalName;
        var locations = new List<string>();
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "loc" })
            {
                locations.Add(reader.ReadElementContentAsString().Trim());
            }
        }

        return (root, locations);
    }
}
