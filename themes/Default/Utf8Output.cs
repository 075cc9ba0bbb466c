using System.Collections.Concurrent;
using System.Text;

namespace RaQuan.Themes.Default;

/// <summary>
/// Pages written straight into UTF-8 through writers kept for reuse. Made as a string first, every page was built
/// in a string builder, copied into a string and then encoded: three copies of each page for the collector, about
/// a fifth of all a large build allocated.
/// </summary>
internal static class Utf8Output
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly ConcurrentBag<StreamWriter> Writers = [];

    // Kept writers give their buffers back past this size, so one huge page does not stay in memory.
    private const int KeptCapacity = 256 * 1024;

    public static byte[] Write(Action<TextWriter> write)
    {
        if (!Writers.TryTake(out var writer))
        {
            writer = new StreamWriter(new MemoryStream(32 * 1024), Utf8, bufferSize: 4096);
        }

        var stream = (MemoryStream)writer.BaseStream;
        write(writer);
        writer.Flush();
        var bytes = stream.ToArray();

        // Only a writer that finished goes back: one that threw may hold half a page in its buffer.
        stream.SetLength(0);
        if (stream.Capacity <= KeptCapacity)
        {
            Writers.Add(writer);
        }

        return bytes;
    }
}
