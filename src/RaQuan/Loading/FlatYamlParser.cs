using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RaQuan.Loading;

/// <summary>
/// The events YamlDotNet's parser gives for the front matter plans are nearly always written in, made without its
/// scanner: one <c>key: value</c> per line, the value plain, in double quotes, or a one-line list of double-quoted
/// texts. YamlDotNet's reading of every plan's front matter was a third of a 50,000-plan build's loading (3 % of its
/// samples) and more than half of loading's allocations. Anything else (comments, escapes other than \" and \\,
/// nesting, blank lines, a repeated key, a character YAML treats specially) gives null, and YamlDotNet reads the text;
/// so this parser never has to judge what is broken. <c>FlatYamlParserTests</c> compares its events, marks included,
/// with YamlDotNet's.
/// </summary>
internal sealed class FlatYamlParser : IParser
{
    private readonly List<ParsingEvent> _events;
    private int _next;

    private FlatYamlParser(List<ParsingEvent> events) => _events = events;

    public ParsingEvent? Current { get; private set; }

    /// <summary>A parser over <paramref name="text"/>'s events, or null when the text is not of the simple form.</summary>
    public static FlatYamlParser? TryCreate(string text)
    {
        if (text.Length == 0 || text[^1] != '\n')
        {
            return null;
        }

        var start = new Mark(0, 1, 1);
        var events = new List<ParsingEvent>(24)
        {
            new StreamStart(start, start),
            new DocumentStart(null, null, true, start, start),
            new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start),
        };

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var line = 1;
        for (var lineStart = 0; lineStart < text.Length; line++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (!TryReadLine(text, lineStart, lineEnd, line, events, keys))
            {
                return null;
            }

            lineStart = lineEnd + 1;
        }

        var end = new Mark(text.Length, line, 1);
        events.Add(new MappingEnd(end, end));
        events.Add(new DocumentEnd(true, end, end));
        events.Add(new StreamEnd(end, end));
        return new FlatYamlParser(events);
    }

    public bool MoveNext()
    {
        if (_next == _events.Count)
        {
            Current = null;
            return false;
        }

        Current = _events[_next++];
        return true;
    }

    // key: value, from lineStart to the "\n" at lineEnd.
    private static bool TryReadLine(string text, int lineStart, int lineEnd, int line, List<ParsingEvent> events, HashSet<string> keys)
    {
        var i = lineStart;
        if (i == lineEnd || !char.IsAsciiLetter(text[i]))
        {
            return false;
        }

        while (i < lineEnd && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-'))
        {
            i++;
        }

        // A key, ": " and at least one character of value.
        if (i + 2 >= lineEnd || text[i] != ':' || text[i + 1] != ' ')
        {
            return false;
        }

        var key = text[lineStart..i];
        if (!keys.Add(key))
        {
            return false;
        }

        events.Add(Plain(key, At(lineStart, line, lineStart), At(i, line, lineStart), isKey: true));
        var value = i + 2;
        while (value < lineEnd && text[value] == ' ')
        {
            value++;
        }

        return value < lineEnd && text[value] switch
        {
            '"' => TryQuoted(text, value, lineEnd, line, lineStart, events) is var end && end == lineEnd,
            '[' => TryList(text, value, lineEnd, line, lineStart, events),
            _ => TryPlain(text, value, lineEnd, line, lineStart, events),
        };
    }

    // A plain value that starts with a letter or digit and runs to the end of the line, with nothing YAML reads as
    // punctuation there: ": " or a final ":" (a mapping), " #" (a comment), a tab or a space at the end.
    private static bool TryPlain(string text, int start, int lineEnd, int line, int lineStart, List<ParsingEvent> events)
    {
        if (!char.IsLetterOrDigit(text[start]))
        {
            return false;
        }

        for (var i = start; i < lineEnd; i++)
        {
            var c = text[i];
            if (!IsPrintable(c)
                || (c == ':' && (i + 1 == lineEnd || text[i + 1] == ' '))
                || (c == '#' && text[i - 1] == ' '))
            {
                return false;
            }
        }

        if (text[lineEnd - 1] == ' ')
        {
            return false;
        }

        events.Add(Plain(text[start..lineEnd], At(start, line, lineStart), At(lineEnd, line, lineStart), isKey: false));
        return true;
    }

    // A double-quoted text on one line, whose only escapes are \" and \\ (names of movements are quoted in titles);
    // the index after its closing quote, or -1.
    private static int TryQuoted(string text, int start, int lineEnd, int line, int lineStart, List<ParsingEvent> events)
    {
        var escapes = false;
        for (var i = start + 1; i < lineEnd; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                var value = escapes ? Unescape(text.AsSpan(start + 1, i - start - 1)) : text[(start + 1)..i];
                events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.DoubleQuoted, false, true,
                    At(start, line, lineStart), At(i + 1, line, lineStart)));
                return i + 1;
            }

            if (c == '\\' && text[i + 1] is '"' or '\\')
            {
                escapes = true;
                i++;
            }
            else if (c == '\\' || !IsPrintable(c))
            {
                return -1;
            }
        }

        return -1;
    }

    private static string Unescape(ReadOnlySpan<char> quoted)
    {
        var value = new StringBuilder(quoted.Length);
        for (var i = 0; i < quoted.Length; i++)
        {
            i += quoted[i] == '\\' ? 1 : 0;
            value.Append(quoted[i]);
        }

        return value.ToString();
    }

    // ["a", "b"]: double-quoted texts, each but the last followed by ", ".
    private static bool TryList(string text, int start, int lineEnd, int line, int lineStart, List<ParsingEvent> events)
    {
        var open = At(start, line, lineStart);
        events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, open, open));
        var i = start + 1;
        while (i < lineEnd && text[i] == '"')
        {
            i = TryQuoted(text, i, lineEnd, line, lineStart, events);
            if (i < 0)
            {
                return false;
            }

            if (i + 1 >= lineEnd || text[i] != ',' || text[i + 1] != ' ' || text[i + 2] != '"')
            {
                break;
            }

            i += 2;
        }

        if (i + 1 != lineEnd || text[i] != ']')
        {
            return false;
        }

        var close = At(i, line, lineStart);
        events.Add(new SequenceEnd(close, close));
        return true;
    }

    private static Scalar Plain(string value, Mark start, Mark end, bool isKey) =>
        new(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false, start, end, isKey);

    private static Mark At(int index, int line, int lineStart) => new(index, line, index - lineStart + 1);

    // Characters YAML reads as text anywhere, leaving out its line breaks (U+0085, U+2028, U+2029), the byte order
    // mark, controls and surrogates, whose columns YamlDotNet may count otherwise.
    private static bool IsPrintable(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and < '\u2028') or (> '\u2029' and < '\uD800') or (>= '\uE000' and <= '\uFFFD' and not '\uFEFF');
}
