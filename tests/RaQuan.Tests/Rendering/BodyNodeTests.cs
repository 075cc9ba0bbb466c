using Markdig;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Tests.Rendering;

/// <summary>The walk through a body's links meets the elements the gathering walk gathers, in the same order.</summary>
public sealed class BodyNodeTests
{
    private static readonly string?[] Names = [null, "p", "table", "th", "img", "a", "li", "caption", "h2"];

    [Fact]
    public void Elements_meets_what_Descendants_gathers_under_every_node()
    {
        var random = new RandomMarkdown(20261130);
        var trees = 0;
        for (var i = 0; i < 1500; i++)
        {
            var markdown = random.Next();
            string html;
            try
            {
                html = Markdown.ToHtml(markdown, MarkdownRenderer.Pipeline);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (MarkdigHtmlReader.Read(html.AsMemory()) is not { } root)
            {
                continue;
            }

            trees++;
            // Under the root and under every element, as the table steps walk a table.
            foreach (var node in root.Descendants().Prepend(root))
            {
                foreach (var name in Names)
                {
                    var gathered = node.Descendants(name);
                    var walked = new List<BodyNode>();
                    foreach (var element in node.Elements(name))
                    {
                        walked.Add(element);
                    }

                    Assert.Equal(gathered, walked);
                    Assert.Equal(gathered.Count > 0, node.Elements(name).Any());
                }
            }
        }

        Assert.True(trees > 500, $"only {trees} bodies were read into trees");
    }
}
