using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RaQuan.Rendering.Bodies;

namespace RaQuan.News;

/// <summary>
/// Splits a post's Markdown into text and photos: a paragraph holding only images is photos, and photos with no text
/// between them are one gallery. An image anywhere else (inside a sentence, a list, a quote) is an error, as the
/// page could not lay it out as a photo.
/// </summary>
internal static class NewsBodyReader
{
    public static List<NewsBlock> Read(string body, int bodyLine, string file, PhotoResolver resolver)
    {
        var document = Markdown.Parse(body, MarkdownRenderer.Pipeline);
        var blocks = new List<NewsBlock>();
        var textStart = 0;
        List<Photo>? gallery = null;
        var photoParagraphs = new HashSet<ParagraphBlock>();
        foreach (var block in document)
        {
            if (block is not ParagraphBlock { Inline: { } inline } paragraph || !OnlyImages(inline))
            {
                continue;
            }

            photoParagraphs.Add(paragraph);
            var between = body[textStart..paragraph.Span.Start];
            if (gallery is null || !string.IsNullOrWhiteSpace(between))
            {
                AddText(blocks, between, bodyLine + LineOf(body, textStart));
                gallery = [];
                blocks.Add(new NewsBlock(null, bodyLine + paragraph.Line, gallery));
            }

            foreach (var image in inline.Descendants<LinkInline>().Where(l => l.IsImage))
            {
                if (Resolve(image, bodyLine, file, resolver) is { } photo)
                {
                    gallery.Add(photo);
                }
            }

            textStart = Math.Min(body.Length, paragraph.Span.End + 1);
        }

        AddText(blocks, body[textStart..], bodyLine + LineOf(body, textStart));
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage && !InPhotoParagraph(l, photoParagraphs)))
        {
            resolver.Diagnostics.Add(ContentErrors.ImageInText(At(image, bodyLine, file), image.Url ?? ""));
        }

        return blocks;
    }

    private static Photo? Resolve(LinkInline image, int bodyLine, string file, PhotoResolver resolver)
    {
        var alt = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
        return resolver.Resolve(image.Url ?? "", alt, string.IsNullOrWhiteSpace(image.Title) ? null : image.Title.Trim(), At(image, bodyLine, file));
    }

    private static SourceLocation At(LinkInline image, int bodyLine, string file) => new(file, bodyLine + image.Line, image.Column + 1);

    private static bool OnlyImages(ContainerInline inline) =>
        inline.Any(i => i is LinkInline { IsImage: true })
        && inline.All(i => i is LinkInline { IsImage: true } or LineBreakInline || (i is LiteralInline l && l.Content.IsEmptyOrWhitespace()));

    private static bool InPhotoParagraph(LinkInline image, HashSet<ParagraphBlock> paragraphs) =>
        image.Parent is { ParentBlock: ParagraphBlock p } && paragraphs.Contains(p);

    private static void AddText(List<NewsBlock> blocks, string text, int line)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            blocks.Add(new NewsBlock(text, line, []));
        }
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n');
}
