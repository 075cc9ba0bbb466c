using System.Xml;
using RaQuan.Feeds;

namespace RaQuan.Tests.Rendering;

/// <summary>
/// Feeds keep every character XML 1.0 allows and drop the others (control characters pasted from Word); full text
/// written from its UTF-8 bytes comes out exactly as XmlWriter writes the cleaned string.
/// </summary>
public sealed class XmlOutputTests
{
    [Fact]
    public void Clean_keeps_exactly_the_characters_xml_allows()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = $"a{(char)c}b";
            var allowed = XmlConvert.IsXmlChar((char)c) || char.IsSurrogate((char)c);
            Assert.True(XmlOutput.Clean(text) == (allowed ? text : "ab"), $"U+{c:X4} {(allowed ? "was dropped" : "was kept")}");
        }
    }

    [Fact]
    public void A_surrogate_pair_stays_whole()
    {
        Assert.Equal("ký tự 𠀀 lạ", XmlOutput.Clean("ký tự 𠀀\u0001 lạ"));
    }

    [Fact]
    public void Text_written_from_utf8_is_what_the_xml_writer_writes()
    {
        string[] pieces =
        [
            "a", " ", "<", ">", "&", "\"", "'", "]]>", "\r", "\n", "\r\n", "\t", "\u0001", "\u001F", "\u007F", "\u0085",
            "\u2028", "Đ", "ắ", "\uF000", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "𠀀", "😀", "&amp;", "<p class=\"x\">",
        ];
        var random = new Random(20261130);
        for (var run = 0; run < 3_000; run++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = Document(w => w.WriteElementString("encoded", "urn:c", XmlOutput.Clean(text)));
            var actual = Document(w =>
            {
                w.WriteStartElement("encoded", "urn:c");
                XmlOutput.WriteText(w, Output!, Encoding.UTF8.GetBytes(text));
                w.WriteEndElement();
            });
            Assert.True(expected == actual, $"run {run}:\n{expected}\n{actual}");
        }
    }

    [ThreadStatic]
    private static MemoryStream? Output;

    // A small feed-like document around what write writes, as text.
    private static string Document(Action<XmlWriter> write)
    {
        Output = new MemoryStream();
        XmlOutput.Write(Output, w =>
        {
            w.WriteStartElement("rss");
            w.WriteStartElement("item");
            w.WriteElementString("title", "x");
            write(w);
            w.WriteElementString("link", "y");
            w.WriteEndElement();
            w.WriteEndElement();
        });
        return Encoding.UTF8.GetString(Output.ToArray());
    }
}
