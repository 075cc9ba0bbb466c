using System.Collections.Frozen;

namespace RaQuan.Vietnamese;

/// <summary>
/// Puts back the capitals that TCVN3 cannot hold. VN3 has no capitals with tones: a capital font (.VnTimeH) draws
/// the lower-case bytes, so text typed in capitals decodes as "HUYệN", "MụC ĐíCH", "Kế HOạCH". The document reader
/// finds a document's header by its capitals, so <c>raquan import --from tcvn3</c> restores them first.
/// </summary>
public static class LegacyCapitals
{
    /// <summary>The lower-case letters whose capital TCVN3 lacks: those a capital font shows for the lower-case byte.</summary>
    private static readonly FrozenSet<char> Lowered = LegacyTables.Tcvn3.Keys
        .Where(c => char.IsLower(c) && !LegacyTables.Tcvn3.ContainsKey(char.ToUpperInvariant(c)))
        .ToFrozenSet();

    /// <summary>
    /// A word is in capitals when its other letters are: "HUYệN" (two capitals), "ủY" (a capital after a small letter,
    /// which no word has). "Kế" alone could be the start of a sentence, so it is in capitals only on a line whose
    /// other words all are ("Kế HOẠCH"), unless the line holds digits ("Số 45/KH-UBND") or it is a label ("Số: /KH-UBND").
    /// </summary>
    /// <remarks>
    /// A sentence that starts with such a letter starts in lower case too ("ủy ban nhân dân huyện … xây dựng"); its
    /// first letter is a capital after a blank line, a line that ends a sentence, a list dash, or ". " in the line.
    /// A line that continues a sentence (a title wrapped in two) keeps its small letter.
    /// </remarks>
    public static string Restore(string text)
    {
        var lines = text.Split('\n');
        var sentenceEnded = true;
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = RestoreLine(lines[i], sentenceEnded);
            var end = lines[i].TrimEnd();
            sentenceEnded = end.Length == 0 || end[^1] is '.' or ':' or ';' or '!' or '?' or '…';
        }

        return string.Join('\n', lines);
    }

    private static string RestoreLine(string line, bool sentenceEnded)
    {
        var words = Words(line);
        var builder = new StringBuilder(line);
        foreach (var (start, _) in words)
        {
            if (Lowered.Contains(line[start]) && IsSentenceStart(line, start, sentenceEnded, start == words[0].Start))
            {
                builder[start] = char.ToUpperInvariant(line[start]);
            }
        }

        var lone = new List<(int Start, int Length)>();
        var otherWordsInCapitals = true;
        var longWordInCapitals = false;
        foreach (var (start, length) in words)
        {
            var word = line.AsSpan(start, length);
            var state = Read(word);
            if (state == WordCase.Capitals || (state == WordCase.LoweredInCapitals && IsCapitalWord(word)))
            {
                Upper(builder, start, length);
                longWordInCapitals |= length >= 2;
            }
            else if (state == WordCase.LoweredInCapitals)
            {
                // A label ("Số: /KH-UBND") is written in small letters beside capitals.
                if (start + length >= line.Length || line[start + length] != ':')
                {
                    lone.Add((start, length));
                }
            }
            else
            {
                otherWordsInCapitals = false;
            }
        }

        if (otherWordsInCapitals && longWordInCapitals && !line.Any(char.IsAsciiDigit))
        {
            foreach (var (start, length) in lone)
            {
                Upper(builder, start, length);
            }
        }

        return builder.ToString();
    }

    private enum WordCase
    {
        /// <summary>Capitals only: "UBND", "Đ".</summary>
        Capitals,

        /// <summary>Capitals and letters TCVN3 could only write in lower case: "HUYệN", "Kế", "ủY".</summary>
        LoweredInCapitals,

        /// <summary>Anything else: "huyện", "Tổ".</summary>
        Other,
    }

    private static bool IsSentenceStart(string line, int start, bool sentenceEnded, bool first)
    {
        var before = line.AsSpan(0, start).TrimEnd();
        return first
            ? sentenceEnded || before.Trim() is "-" or "+" or "•" or "*"
            : before.Length > 0 && before[^1] is '.' or '!' or '?';
    }

    private static WordCase Read(ReadOnlySpan<char> word)
    {
        var lowered = false;
        foreach (var c in word)
        {
            if (Lowered.Contains(c))
            {
                lowered = true;
            }
            else if (!char.IsUpper(c))
            {
                return WordCase.Other;
            }
        }

        return lowered ? WordCase.LoweredInCapitals : WordCase.Capitals;
    }

    /// <summary>Two capitals, or a capital after a lowered letter: a word typed in capitals, not one starting a sentence.</summary>
    private static bool IsCapitalWord(ReadOnlySpan<char> word)
    {
        var capitals = 0;
        var afterLowered = false;
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                capitals++;
                afterLowered |= i > 0 && Lowered.Contains(word[i - 1]);
            }
        }

        return capitals >= 2 || afterLowered;
    }

    private static List<(int Start, int Length)> Words(string line)
    {
        var words = new List<(int, int)>();
        for (var i = 0; i < line.Length;)
        {
            if (!char.IsLetter(line[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < line.Length && char.IsLetter(line[i]))
            {
                i++;
            }

            words.Add((start, i - start));
        }

        return words;
    }

    private static void Upper(StringBuilder builder, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            builder[i] = char.ToUpperInvariant(builder[i]);
        }
    }
}
