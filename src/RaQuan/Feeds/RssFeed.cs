using System.Xml;

namespace RaQuan.Feeds;

/// <summary>An RSS 2.0 channel (https://www.rssboard.org/rss-specification) with content:encoded for full text.</summary>
internal sealed record RssFeed(string Title, string Link, string Description, string Language, string SelfUrl, IReadOnlyList<FeedItem> Items)
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public void WriteTo(Stream output) => XmlOutput.Write(output, w =>
    {
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteAttributeString("xmlns", "atom", null, AtomNs);
        w.WriteAttributeString("xmlns", "content", null, ContentNs);
        w.WriteAttributeString("xmlns", "dc", null, DcNs);
        w.WriteStartElement("channel");
        w.WriteElementString("title", XmlOutput.Clean(Title));
        w.WriteElementString("link", Link);
        w.WriteElementString("description", XmlOutput.Clean(XmlOutput.AsHtml(Description)));
        w.WriteElementString("language", Language);

        // The newest item's date rather than the clock, so two builds of the same content are identical.
        if (Items.Select(i => i.Published).Max() is { } newest)
        {
            w.WriteElementString("lastBuildDate", Rfc822.Format(newest));
        }

        w.WriteStartElement("atom", "link", AtomNs);
        w.WriteAttributeString("href", SelfUrl);
        w.WriteAttributeString("rel", "self");
        w.WriteAttributeString("type", "application/rss+xml");
        w.WriteEndElement();
        foreach (var item in Items)
        {
            WriteItem(w, output, item);
        }

        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static void WriteItem(XmlWriter w, Stream output, FeedItem item)
    {
        w.WriteStartElement("item");
        w.WriteElementString("title", XmlOutput.Clean(item.Title));
        w.WriteElementString("link", item.Link);
        w.WriteStartElement("guid");
        w.WriteAttributeString("isPermaLink", item.Guid is null ? "true" : "false");
        w.WriteString(item.Guid ?? item.Link);
        w.WriteEndElement();
        if (item.Published is { } published)
        {
            w.WriteElementString("pubDate", Rfc822.Format(published));
        }

        w.WriteElementString("description", XmlOutput.Clean(XmlOutput.AsHtml(item.Summary)));
        if (item.ContentHtml is not null)
        {
            w.WriteStartElement("encoded", ContentNs);
            XmlOutput.WriteText(w, output, item.ContentHtml);
            w.WriteEndElement();
        }

        if (item.Enclosure is { } enclosure)
        {
            w.WriteStartElement("enclosure");
            w.WriteAttributeString("url", enclosure.Url);
            w.WriteAttributeString("length", enclosure.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("type", enclosure.Type);
            w.WriteEndElement();
        }

        if (item.Author is not null)
        {
            w.WriteElementString("creator", DcNs, XmlOutput.Clean(item.Author));
        }

        foreach (var category in item.Categories)
        {
            w.WriteElementString("category", XmlOutput.Clean(category));
        }

        w.WriteEndElement();
    }
}
