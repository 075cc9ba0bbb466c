namespace RaQuan.Tests.Rendering;

/// <summary>
/// Markdown made at random from a seed: every construct of the renderer's pipeline (headings, lists, quotes, code,
/// pipe and grid tables, footnotes, custom containers, emphasis and list extras, autolinks, images), nested, with
/// text that needs escaping, unsafe and relative URLs, Vietnamese words, duplicate and empty headings. Half of the
/// documents are "soup": runs of Markdown's punctuation that reach the parser's odd corners.
/// </summary>
internal sealed class RandomMarkdown(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Words =
    [
        "Kế hoạch", "lễ ra quân", "Ủy ban nhân dân", "xã Đắk La", "năm 2024", "thi đua", "phường", "a", "b", "x",
        "5 > 3", "a < b", "Tom & Jerry", "\"trích dẫn\"", "it's", "1\u00a0000\u00a0ha", "&amp;", "&#8617;", "&copy;",
        "&nbsp;", "&#x27;", "&quot;", "&lt;b&gt;", "AT&T", "R&D;", "50%", "Đ/c", "\\*", "\\<", "\u00a0", "→", "🎉",
        "e\u0301", "tab\there", "\u0001", "\u000b", "\f", "\u0085", "\u2028", "\ufeff", "\0", "\r\n", "08^h30'", "¹", "⁽²⁾", "…", "--", "=", "#", "|",
    ];

    private static readonly string[] Urls =
    [
        "https://kontum.gov.vn/a?b=1&c=2", "http://example.com", "//cdn.example.com/x.png", "/tuyet-doi/", "tuong-doi.html",
        "../len-tren/", "#muc-ii", "?q=1", "mailto:vanthu@kontum.gov.vn", "tel:0260", "javascript:alert(1)",
        "JavaScript:alert(1)", "java&#9;script:alert(1)", "<java\tscript:alert(1)>", "data:text/html,x", "vbscript:x",
        "<a b.html>", "https://vi.wikipedia.org/wiki/Kon_Tum_(tỉnh)", "https://x.vn/đường dẫn", "ftp://x.vn/",
        "http://[::1]/", "https://a.b/%zz", "\"quoted\"", "", "https://x.vn/a\"b", "https://x.vn/&amp;",
        "https://x.vn/\u00a0", "http://exa mple.com", "h t t p://x",
    ];

    private static readonly string[] Headings =
    [
        "I. MỤC ĐÍCH, YÊU CẦU", "Mục đích", "Mục đích", "Nội dung", "noi dung", "Mục lục", "", " ", "Thời gian", "1. Thời gian",
        "Phụ lục", "A & B", "\"Lễ\" <ra> quân", "###", "Bảng", "muc", "x",
    ];

    public string Next()
    {
        var builder = new StringBuilder();
        if (_random.Next(2) == 0)
        {
            Soup(builder, _random.Next(1, 200));
            return builder.ToString();
        }

        var blocks = _random.Next(1, 12);
        for (var i = 0; i < blocks; i++)
        {
            Block(builder, "", depth: 0);
            builder.Append(_random.Next(6) == 0 ? "\n" : "\n\n");
        }

        if (_random.Next(3) == 0)
        {
            for (var n = 1; n <= _random.Next(1, 4); n++)
            {
                builder.Append($"[^{n}]: ").Append(Inline(2)).Append("\n\n");
            }
        }

        return builder.ToString();
    }

    private void Block(StringBuilder b, string prefix, int depth)
    {
        var kind = _random.Next(depth > 2 ? 9 : 14);
        switch (kind)
        {
            case 0 or 1:
                Line(b, prefix, $"{new string('#', _random.Next(1, 7))} {HeadingText()}");
                break;
            case 2 or 3 or 4:
                Paragraph(b, prefix);
                break;
            case 5:
                Line(b, prefix, Pick(["---", "***", "___", "- - -"]));
                break;
            case 6:
                CodeBlock(b, prefix);
                break;
            case 7:
                PipeTable(b, prefix);
                break;
            case 8:
                GridTable(b, prefix);
                break;
            case 9 or 10:
                List(b, prefix, depth);
                break;
            case 11:
                Block(b, prefix + "> ", depth + 1);
                if (_random.Next(2) == 0)
                {
                    Line(b, prefix + ">", "");
                    Block(b, prefix + "> ", depth + 1);
                }

                break;
            case 12:
                Line(b, prefix, ":::" + Pick(["", " canh-bao", " signature", " table-scroll", " a\"b&c", " recipients"]));
                Block(b, prefix, depth + 1);
                Line(b, prefix, "");
                Block(b, prefix, depth + 1);
                Line(b, prefix, ":::");
                break;
            default:
                Line(b, prefix, $"{HeadingText()}");
                Line(b, prefix, Pick(["===", "---"]));
                break;
        }
    }

    private void Paragraph(StringBuilder b, string prefix)
    {
        var lines = _random.Next(1, 4);
        for (var i = 0; i < lines; i++)
        {
            var end = Pick(["", "", "  ", "\\"]);
            Line(b, prefix, Inline(3) + (i < lines - 1 ? end : ""));
        }
    }

    private void CodeBlock(StringBuilder b, string prefix)
    {
        if (_random.Next(4) == 0)
        {
            Line(b, prefix, "");
            Line(b, prefix, "    " + Word() + " <code> & \"x\"");
            return;
        }

        var fence = Pick(["```", "~~~", "````"]);
        Line(b, prefix, fence + Pick(["", "cs", "html", " c# x=\"1\"", "a&b", "<x>", "{.class}"]));
        for (var i = 0; i < _random.Next(0, 3); i++)
        {
            Line(b, prefix, Pick(["", "  ", "x < y && z > w", "<b>raw</b>", "\"q\" 'a'", Word()]));
        }

        Line(b, prefix, fence);
    }

    private void PipeTable(StringBuilder b, string prefix)
    {
        if (_random.Next(2) == 0)
        {
            Line(b, prefix, $"{new string('#', _random.Next(1, 5))} {HeadingText()}");
            Line(b, prefix, "");
        }

        var columns = _random.Next(1, 5);
        var lead = _random.Next(3) == 0 ? "" : "|";
        Line(b, prefix, lead + string.Join("|", Enumerable.Range(0, columns).Select(_ => " " + Cell() + " ")) + lead);
        Line(b, prefix, lead + string.Join("|", Enumerable.Range(0, columns).Select(_ => Pick(["---", ":--", "--:", ":-:", "-"]))) + lead);
        for (var row = 0; row < _random.Next(0, 4); row++)
        {
            Line(b, prefix, lead + string.Join("|", Enumerable.Range(0, _random.Next(1, columns + 2)).Select(_ => " " + Cell() + " ")) + lead);
        }
    }

    private void GridTable(StringBuilder b, string prefix)
    {
        var widths = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => _random.Next(3, 9)).ToArray();
        string Rule(char c) => "+" + string.Join("+", widths.Select(w => new string(c, w))) + "+";
        string Row() => "|" + string.Join("|", widths.Select(w => Fit(Pick(["a", "Xã", "&", "<", "*e*", "`c`", "1", ""]), w))) + "|";
        Line(b, prefix, Rule('-'));
        var rows = _random.Next(1, 4);
        for (var r = 0; r < rows; r++)
        {
            Line(b, prefix, Row());
            Line(b, prefix, Rule(r == 0 && _random.Next(2) == 0 ? '=' : '-'));
        }
    }

    private void List(StringBuilder b, string prefix, int depth)
    {
        var ordered = _random.Next(2) == 0;
        var start = _random.Next(4) == 0 ? _random.Next(0, 12) : 1;
        var style = Pick(["1", "a", "A", "i", "I"]);
        var bullet = Pick(["-", "*", "+"]);
        for (var i = 0; i < _random.Next(1, 4); i++)
        {
            var marker = ordered ? Marker(style, start + i) + Pick([".", ")"]) : bullet;
            Line(b, prefix, $"{marker} {Inline(2)}");
            var indent = prefix + new string(' ', marker.Length + 1);
            if (depth < 3 && _random.Next(4) == 0)
            {
                if (_random.Next(2) == 0)
                {
                    Line(b, indent, "");
                }

                Block(b, indent, depth + 1);
            }
        }
    }

    private static string Marker(string style, int n) => style switch
    {
        "a" => ((char)('a' + Math.Min(n, 25))).ToString(),
        "A" => ((char)('A' + Math.Min(n, 25))).ToString(),
        "i" => n is >= 1 and <= 3 ? new string('i', n) : "iv",
        "I" => n is >= 1 and <= 3 ? new string('I', n) : "IV",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private string HeadingText() => _random.Next(3) == 0 ? Inline(1) : Pick(Headings) + (_random.Next(4) == 0 ? " " + Inline(1) : "");

    private string Cell() => _random.Next(5) == 0 ? "" : Inline(1).Replace("|", "\\|", StringComparison.Ordinal);

    private string Inline(int depth, bool inLink = false)
    {
        var parts = new List<string>();
        for (var i = 0; i < _random.Next(1, 6); i++)
        {
            parts.Add(depth <= 0 ? Word() : _random.Next(18) switch
            {
                0 => $"*{Inline(depth - 1, inLink)}*",
                1 => $"**{Inline(depth - 1, inLink)}**",
                2 => $"_{Inline(depth - 1, inLink)}_",
                3 => $"`{Pick(["x < y", "a & b", "\"q\"", "code", " ` ", "&amp;"])}`",
                4 => $"[{Inline(depth - 1, inLink: true)}]({Pick(Urls)}{Pick(["", " \"Tiêu đề\"", " 'a&b'", " \"<x>\""])})",
                5 => $"![{Pick(["", "Ảnh", "a \"b\" & c", "*em*"])}]({Pick(Urls)}{Pick(["", " \"title\""])})",
                // A <…> autolink in link text makes a link in a link, which the tree reader leaves to AngleSharp: not too often.
                6 when inLink && _random.Next(4) > 0 => Word(),
                6 => $"<{Pick(["https://kontum.gov.vn/a?b&c", "http://x.vn", "mailto:a@b.vn", "vanthu@kontum.gov.vn", "javascript:alert(1)"])}>",
                7 => Pick(["https://kontum.gov.vn/", "www.kontum.gov.vn", "http://x.vn/a_b_(c)", "mailto:a@b.vn", "https://x.vn/?a=1&b=2."]),
                8 => $"{Pick(["~~", "~", "^", "++", "==", "::"])}{Word()}{Pick(["~~", "~", "^", "++", "==", "::"])}",
                9 => $"[^{_random.Next(1, 4)}]",
                10 => $"[{Word()}][{Pick(["ref", "x"])}]",
                11 => Pick(["<", ">", "&", "\"", "'", "\u00a0", "&amp;", "&#8617;", "&#0;", "&#128;", "&#xD800;", "&bogus;"]),
                _ => Word(),
            });
        }

        return string.Join(Pick([" ", " ", "", "\u00a0"]), parts);
    }

    private void Soup(StringBuilder b, int length)
    {
        string[] pieces =
        [
            "*", "**", "_", "`", "```", "~", "~~", "^", "+", "++", "=", "==", "[", "]", "(", ")", "!", "<", ">", "&", "\"",
            "'", "|", ":", ":::", "#", "-", "1.", "a.", " ", " ", "\n", "\n", "\n\n", "    ", "\t", "\\", "[^1]", "[^1]:",
            "http://x.vn", "www.x.vn", "a@b.vn", "\r\n", "\r", "\0", "\u0001", "Xã", "đ", "&amp;", "&#8617;", "\u00a0", "+---+", "|---|", "+===+", "x",
        ];
        for (var i = 0; i < length; i++)
        {
            b.Append(Pick(pieces));
        }
    }

    private string Word() => Pick(Words);

    private static string Fit(string text, int width) => text.Length >= width ? text[..width] : text + new string(' ', width - text.Length);

    private static void Line(StringBuilder b, string prefix, string text) => b.Append(prefix).Append(text).Append('\n');

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
