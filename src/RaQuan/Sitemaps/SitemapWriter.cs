using RaQuan.Feeds;

namespace RaQuan.Sitemaps;

/// <summary>Writes sitemap.xml (https://www.sitemaps.org/protocol.html), split behind a sitemap index past the protocol's 50,000 URLs.</summary>
internal static class SitemapWriter
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // https://developers.google.com/search/docs/crawling-indexing/sitemaps/image-sitemaps
    private const string ImageNs = "http://www.google.com/schemas/sitemap-image/1.1";
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>Returns the files to write: (file name, XML).</summary>
    public static IEnumerable<(string File, byte[] Xml)> Write(IReadOnlyList<SitemapEntry> entries, Func<string, string> absolute)
    {
        if (entries.Count <= MaxUrlsPerFile)
        {
            yield return ("sitemap.xml", UrlSet(entries));
            yield break;
        }

        var parts = entries.Chunk(MaxUrlsPerFile).ToList();
        var names = new List<string>();
        for (var i = 0; i < parts.Count; i++)
        {
            var name = $"sitemap-{i + 1}.xml";
            names.Add(name);
            yield return (name, UrlSet(parts[i]));
        }

        yield return ("sitemap.xml", Index(names.Select(absolute)));
    }

    private static byte[] UrlSet(IReadOnlyList<SitemapEntry> entries) => XmlOutput.Document(w =>
    {
        w.WriteStartElement("urlset", Ns);
        if (entries.Any(e => e.Images is { Count: > 0 }))
        {
            w.WriteAttributeString("xmlns", "image", null, ImageNs);
        }

        foreach (var entry in entries)
        {
            w.WriteStartElement("url", Ns);
            w.WriteElementString("loc", Ns, entry.Url);
            if (entry.LastModified is { } date)
            {
                w.WriteElementString("lastmod", Ns, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            foreach (var image in entry.Images ?? [])
            {
                w.WriteStartElement("image", "image", ImageNs);
                w.WriteElementString("image", "loc", ImageNs, image);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    private static byte[] Index(IEnumerable<string> sitemapUrls) => XmlOutput.Document(w =>
    {
        w.WriteStartElement("sitemapindex", Ns);
        foreach (var url in sitemapUrls)
        {
            w.WriteStartElement("sitemap", Ns);
            w.WriteElementString("loc", Ns, url);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    });
}
