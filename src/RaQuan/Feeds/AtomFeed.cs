using System.Xml;

namespace RaQuan.Feeds;

/// <summary>
/// An Atom 1.0 feed (RFC 4287) with the items of an RSS channel: readers that prefer Atom get the same entries, with
/// the full text as <c>content type="html"</c> and a news post's lead photo as a <c>link rel="enclosure"</c>.
/// </summary>
/// <param name="Id">The feed's permanent id (RFC 4287 §4.2.6): the page it follows, as an absolute URL.</param>
/// <param name="Author">Who publishes the feed (§4.2.1: required when an entry has none).</param>
/// <param name="Updated">When the feed last changed (§4.2.15): the newest entry, else the given time.</param>
internal sealed record AtomFeed(string Title, string Id, string Subtitle, string Language, string SelfUrl, string Author, DateTimeOffset Updated, IReadOnlyList<FeedItem> Items)
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    /// <summary>The Atom version of <paramref name="rss"/>, served at <paramref name="selfUrl"/>.</summary>
    /// <param name="fallbackUpdated">The feed's date when it has no dated entry (the build time, fixed by --now).</param>
    public static AtomFeed From(RssFeed rss, string selfUrl, string author, DateTimeOffset fallbackUpdated) =>
        new(rss.Title, rss.Link, rss.Description, rss.Language, selfUrl, author,
            rss.Items.Select(i => i.Published).Max() ?? fallbackUpdated, rss.Items);

    public void WriteTo(Stream output) => XmlOutput.Write(output, w =>
    {
        w.WriteStartElement("feed", AtomNs);
        w.WriteAttributeString("xml", "lang", null, Language);
        w.WriteElementString("id", Id);
        Text(w, "title", Title);
        Text(w, "subtitle", Subtitle);
        w.WriteElementString("updated", Format(Updated));
        Link(w, "alternate", "text/html", Id);
        Link(w, "self", "application/atom+xml", SelfUrl);
        w.WriteStartElement("author");
        w.WriteElementString("name", XmlOutput.Clean(Author));
        w.WriteEndElement();
        w.WriteElementString("generator", "RaQuan");
        foreach (var item in Items)
        {
            WriteEntry(w, output, item);
        }

        w.WriteEndElement();
    });

    private void WriteEntry(XmlWriter w, Stream output, FeedItem item)
    {
        w.WriteStartElement("entry");
        w.WriteElementString("id", item.Guid ?? item.Link);
        Text(w, "title", item.Title);

        // §4.1.2: every entry has an updated date; an item without one takes the feed's.
        var updated = Format(item.Published ?? Updated);
        w.WriteElementString("updated", updated);
        if (item.Published is not null)
        {
            w.WriteElementString("published", updated);
        }

        Link(w, "alternate", "text/html", item.Link);

        // §4.2.7.2: rel="enclosure" is a related resource that may be large; length is its size in octets.
        if (item.Enclosure is { } enclosure)
        {
            StartLink(w, "enclosure", enclosure.Type, enclosure.Url);
            w.WriteAttributeString("length", enclosure.Length.ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }

        if (item.Author is not null)
        {
            w.WriteStartElement("author");
            w.WriteElementString("name", XmlOutput.Clean(item.Author));
            w.WriteEndElement();
        }

        foreach (var category in item.Categories)
        {
            w.WriteStartElement("category");
            w.WriteAttributeString("term", XmlOutput.Clean(category));
            w.WriteEndElement();
        }

        // Plain text, so readers show it as written (§3.1.1.1).
        Text(w, "summary", item.Summary);
        if (item.ContentHtml is not null)
        {
            w.WriteStartElement("content");
            w.WriteAttributeString("type", "html");
            XmlOutput.WriteText(w, output, item.ContentHtml);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, string name, string text)
    {
        w.WriteStartElement(name);
        w.WriteAttributeString("type", "text");
        w.WriteString(XmlOutput.Clean(text));
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string type, string href)
    {
        StartLink(w, rel, type, href);
        w.WriteEndElement();
    }

    private static void StartLink(XmlWriter w, string rel, string type, string href)
    {
        w.WriteStartElement("link");
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
    }

    // RFC 3339 (§3.3) with the site's offset.
    private static string Format(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
