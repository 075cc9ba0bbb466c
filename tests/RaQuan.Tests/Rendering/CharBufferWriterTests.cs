using Markdig;
using RaQuan.Rendering;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Tests.Rendering;

/// <summary>Markdig's HTML written into the reused buffer is the string Markdig gives, document after document.</summary>
public sealed class CharBufferWriterTests
{
    [Fact]
    public void Markdig_writes_into_the_buffer_what_it_returns_as_a_string()
    {
        var random = new RandomMarkdown(20261130);
        var writer = new CharBufferWriter();
        var compared = 0;
        for (var i = 0; i < 2000; i++)
        {
            // Every tenth document long enough to grow the buffer.
            var markdown = i % 10 == 0 ? string.Concat(Enumerable.Range(0, 40).Select(_ => random.Next())) : random.Next();
            var pipeline = MarkdownRenderer.PipelineFor(markdown);
            string expected;
            try
            {
                expected = Markdown.ToHtml(markdown, pipeline);
            }
            catch (ArgumentException)
            {
                continue;
            }

            writer.Clear();
            Markdown.Parse(markdown, pipeline).ToHtml(writer, pipeline);
            Assert.Equal(expected, writer.Written.ToString());
            compared++;
        }

        Assert.True(writer.Capacity > 16 * 1024, "no document grew the buffer");
        Assert.True(compared > 1500, $"only {compared} documents compared");
    }
}
