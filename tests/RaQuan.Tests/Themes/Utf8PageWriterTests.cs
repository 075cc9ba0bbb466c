using System.Text;
using RaQuan.Themes.Default;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Tests.Themes;

/// <summary>
/// The page writer gives exactly the UTF-8 of everything written, however the text is cut into writes (a surrogate
/// pair split between two, a surrogate alone), and writes a body's UTF-8 where a view placed a body slot.
/// </summary>
public sealed class Utf8PageWriterTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void Random_writes_give_the_utf8_of_their_concatenation()
    {
        // Letters of every UTF-8 length, surrogates alone and in pairs, markup characters.
        string[] pieces = ["a", "<", "&", "\"", "Đ", "ắ", "ệ", "ữ", "\u0301", "中", "😀", "\uD83D", "\uDE00", "\uDFFF", "\uD800", " ", "\n"];
        var random = new Random(20261130);
        for (var run = 0; run < 2_000; run++)
        {
            var all = new StringBuilder();
            var bytes = Page(writer =>
            {
                for (var i = random.Next(0, 60); i > 0; i--)
                {
                    var text = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => pieces[random.Next(pieces.Length)]));
                    all.Append(text);
                    switch (random.Next(4))
                    {
                        case 0:
                            foreach (var c in text)
                            {
                                writer.Write(c);
                            }

                            break;
                        case 1:
                            writer.Write(text);
                            break;
                        case 2:
                            writer.Write(text.AsSpan());
                            break;
                        default:
                            writer.Write(text.ToCharArray(), 0, text.Length);
                            break;
                    }
                }
            }, body: null);
            Assert.True(Utf8.GetBytes(all.ToString()).AsSpan().SequenceEqual(bytes), $"run {run}: {Escape(all.ToString())}");
        }
    }

    [Fact]
    public void A_long_page_grows_its_buffer()
    {
        var text = string.Concat(Enumerable.Repeat("Lễ ra quân đầu xuân – ", 20_000));
        var bytes = Page(writer =>
        {
            writer.Write("<p>");
            writer.Write(text.AsSpan());
            writer.Write("</p>");
        }, body: null);
        Assert.Equal(Utf8.GetBytes($"<p>{text}</p>"), bytes);
    }

    [Fact]
    public void Pairs_cut_by_the_writers_own_buffer_stay_one_character()
    {
        // Three characters a step, so pairs fall across the writer's buffer ends wherever those are.
        var text = string.Concat(Enumerable.Repeat("a😀", 10_000));
        var expected = Utf8.GetBytes(text);
        Assert.Equal(expected, Page(writer => writer.Write(text.AsSpan()), body: null));
        Assert.Equal(expected, Page(writer =>
        {
            foreach (var c in text)
            {
                writer.Write(c);
            }
        }, body: null));
    }

    [Fact]
    public void Each_body_slot_is_replaced_by_the_bytes_of_its_variant()
    {
        var html = "<p>" + string.Concat(Enumerable.Repeat("Ủy ban nhân dân xã Lục Ba <a href=\"../x/\">x</a> ", 40)) + "</p>";
        var absolute = html.Replace("../x/", "https://example.gov.vn/x/", StringComparison.Ordinal);
        var paste = absolute.Replace("<p>", "<p class=\"a\">", StringComparison.Ordinal);
        var body = new RenderedBody(html, absolute, paste, [], "x");

        foreach (var (slot, text) in new[] { (BodySlot.Page, html), (BodySlot.Paste, paste) })
        {
            var bytes = Page(writer =>
            {
                writer.Write('\uD83D');   // a high surrogate left alone just before the body
                writer.Write(slot.Value);
                writer.Write("<footer>Đắk Hà</footer>");
            }, body);
            Assert.Equal(Utf8.GetBytes("\uFFFD" + text + "<footer>Đắk Hà</footer>"), bytes);
        }
    }

    [Fact]
    public void Markup_between_the_quote_markers_is_written_as_the_text_it_reads_as()
    {
        var paste = "<p>Đắk Hà &amp; Kon Rẫy: <a href=\"https://example.gov.vn/?a=1&amp;b=2\">x</a></textarea></p>";
        var body = new RenderedBody("<p>trang</p>", "<p>trang</p>", paste, [], "x");

        var bytes = Page(writer =>
        {
            writer.Write("<textarea>");
            writer.Write(BodySlot.QuoteStart.Value);
            writer.Write("<article><h1>");
            writer.Write('<');
            writer.Write("Lễ & hội".AsSpan());
            writer.Write("</h1>");
            writer.Write(BodySlot.Paste.Value);
            writer.Write("</article>");
            writer.Write(BodySlot.QuoteEnd.Value);
            writer.Write("</textarea><p>sau</p>");
        }, body);

        var page = Utf8.GetString(bytes);
        Assert.Equal(
            "<textarea>&lt;article&gt;&lt;h1&gt;&lt;Lễ &amp; hội&lt;/h1&gt;&lt;p&gt;Đắk Hà &amp;amp; Kon Rẫy: &lt;a href=\"https://example.gov.vn/?a=1&amp;amp;b=2\"&gt;x&lt;/a&gt;&lt;/textarea&gt;&lt;/p&gt;&lt;/article&gt;</textarea><p>sau</p>",
            page);
        var box = (AngleSharp.Html.Dom.IHtmlTextAreaElement)new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("textarea")!;
        Assert.Equal("<article><h1><Lễ & hội</h1>" + paste + "</article>", box.Value);
    }

    [Fact]
    public void Only_the_slot_itself_is_replaced_not_an_equal_text()
    {
        var body = new RenderedBody("<p>a</p>", "<p>a</p>", "<p>a</p>", [], "x");
        var text = new string(BodySlot.Page.Value.AsSpan());
        Assert.Equal(Utf8.GetBytes(text), Page(writer => writer.Write(text), body));
    }

    [Fact]
    public void A_slot_on_a_page_without_a_body_fails()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Page(writer => writer.Write(BodySlot.Page.Value), body: null));
        Assert.Contains("body slot", e.Message);
    }

    [Fact]
    public void Variants_that_are_one_string_share_their_bytes()
    {
        var html = "<p>" + new string('x', 1_000) + "</p>";
        var body = new RenderedBody(html, html, html, [], "x");
        Assert.Same(body.Utf8(BodyVariant.Page), body.Utf8(BodyVariant.Absolute));
        Assert.Same(body.Utf8(BodyVariant.Page), body.Utf8(BodyVariant.Paste));
    }

    [Fact]
    public void A_body_made_from_utf8_gives_its_texts_back()
    {
        string[] texts = ["<p>Lễ ra quân 😀</p>", "<p>Lễ ra quân <a href=\"https://x.vn/\">x</a></p>", "<p>Đắk Hà</p>"];
        var body = new RenderedBody([.. texts.Select(Utf8.GetBytes)], [], "x");
        Assert.Equal(texts, new[] { body.Html, body.AbsoluteHtml, body.PasteHtml });
        Assert.Same(body.Html, body.Html);
    }

    // The bytes the writer hands over, copied: they are its buffer, reused for the next page.
    private static byte[] Page(Action<TextWriter> write, RenderedBody? body)
    {
        byte[]? bytes = null;
        Utf8PageWriter.Write(write, body, written => bytes = written.ToArray());
        return bytes!;
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 0x80 ? c.ToString() : $"\\u{(int)c:X4}"));
}
