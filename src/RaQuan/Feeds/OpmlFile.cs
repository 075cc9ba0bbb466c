using System.Xml;

namespace RaQuan.Feeds;

/// <summary>
/// An OPML 2.0 subscription list (http://opml.org/spec2.opml): a feed reader imports it to follow every feed of the
/// site in one step.
/// </summary>
internal sealed record OpmlFile(string Title, IReadOnlyList<OpmlFile.Outline> Feeds)
{
    /// <param name="XmlUrl">The feed's absolute URL.</param>
    /// <param name="HtmlUrl">The page the feed follows.</param>
    public sealed record Outline(string Text, string XmlUrl, string HtmlUrl);

    public void WriteTo(Stream output) => XmlOutput.Write(output, w =>
    {
        w.WriteStartElement("opml");
        w.WriteAttributeString("version", "2.0");
        w.WriteStartElement("head");
        w.WriteElementString("title", XmlOutput.Clean(Title));
        w.WriteEndElement();
        w.WriteStartElement("body");
        foreach (var feed in Feeds)
        {
            WriteOutline(w, feed);
        }

        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static void WriteOutline(XmlWriter w, Outline feed)
    {
        w.WriteStartElement("outline");
        w.WriteAttributeString("type", "rss");
        w.WriteAttributeString("text", XmlOutput.Clean(feed.Text));
        w.WriteAttributeString("title", XmlOutput.Clean(feed.Text));
        w.WriteAttributeString("xmlUrl", feed.XmlUrl);
        w.WriteAttributeString("htmlUrl", feed.HtmlUrl);
        w.WriteEndElement();
    }
}
