using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RaQuan.Themes.Default;

/// <summary>
/// Drops the indentation of a template's markup from the pages it writes: in the code RazorLight generates, each
/// <c>WriteLiteral("…")</c> (the template's literal HTML) has every run of white space that holds a line break made
/// one line break, and the indentation that starts a line dropped. The template's own text is untouched, and so is
/// what expressions write. Run on the built-in templates at RaQuan's build (themes/Generator) and on a site's at
/// compile time, so a copied template still renders the same bytes as the built-in one.
/// </summary>
/// <remarks>
/// A browser shows a run of white space as one space, and a line break is one: the page looks the same. Not in
/// <c>&lt;pre&gt;</c> and <c>&lt;textarea&gt;</c>, whose white space is shown as it is: their content is copied as
/// written. White space within a line ("Trân trọng, @Model") is kept, so inline elements stay apart.
/// </remarks>
internal static partial class LiteralWhitespace
{
    public static string Trim(string generatedCode)
    {
        var lines = generatedCode.Split('\n');
        // Whether what was written last ends with a line break, in the order of the code: the indentation that follows
        // is then the start of a line. An else branch follows what came before its if (kept by the depth of braces
        // the if stands at), not the last line of the if's branch. A partial may be written in the middle of a line.
        var atLineStart = false;
        var verbatim = false;
        var afterStatement = false;
        var depth = 0;
        var beforeIf = new Dictionary<int, bool>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (LiteralCall().Match(line) is { Success: true } literal)
            {
                var text = Trim(Unescape(literal.Groups["text"].Value), ref atLineStart, ref verbatim, afterStatement);
                afterStatement = false;
                lines[i] = literal.Groups["indent"].Value + "WriteLiteral(\"" + Escape(text) + "\");" + (line.EndsWith('\r') ? "\r" : "");
            }
            else if (VerbatimLiteralCall().Match(line) is { Success: true } start && ReadVerbatim(lines, i, start.Length) is var (value, last))
            {
                // A long literal is written @"…" over several lines: it becomes one line, and the lines it took stay,
                // empty, so the code keeps its line numbers.
                var text = Trim(value, ref atLineStart, ref verbatim, afterStatement);
                afterStatement = false;
                lines[i] = start.Groups["indent"].Value + "WriteLiteral(\"" + Escape(text) + "\");";
                for (var j = i + 1; j <= last; j++)
                {
                    lines[j] = "";
                }

                i = last;
            }
            else if (OutputCall().IsMatch(line))
            {
                (atLineStart, afterStatement) = (false, false);
            }
            else if (line.TrimStart() is { Length: > 0 } code && !code.StartsWith('#'))
            {
                afterStatement = true;
                foreach (Match token in Statement().Matches(line))
                {
                    switch (token.Value)
                    {
                        case "{": depth++; break;
                        case "}": depth--; break;
                        case "else": atLineStart = beforeIf.GetValueOrDefault(depth); break;
                        default: beforeIf[depth] = atLineStart; break;
                    }
                }
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>The literal <paramref name="text"/> with its line-breaking white space made one line break.</summary>
    /// <param name="afterStatement">
    /// Whether code that writes nothing itself (an if, a loop) comes before: white space that starts the literal is
    /// then the indentation of a markup line in a code block, after what the code wrote or nothing, and is at most a
    /// line break.
    /// </param>
    internal static string Trim(string text, ref bool atLineStart, ref bool verbatim, bool afterStatement = false)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (verbatim)
            {
                result.Append(c);
                i++;
                if (c == '<' && VerbatimClose().IsMatch(text.AsSpan(i - 1)))
                {
                    verbatim = false;
                }

                continue;
            }

            if (IsSpace(c))
            {
                var end = i;
                while (end < text.Length && IsSpace(text[end]))
                {
                    end++;
                }

                var run = text.AsSpan(i, end - i);
                var breaks = run.Contains('\n');
                if (result.Length == 0 && atLineStart)
                {
                    // The start of a line: what was written before ends with a line break.
                }
                else if (breaks || (result.Length == 0 && afterStatement))
                {
                    result.Append('\n');
                }
                else
                {
                    result.Append(run);
                }

                i = end;
                continue;
            }

            if (c == '<' && VerbatimOpen().IsMatch(text.AsSpan(i)))
            {
                verbatim = true;
            }

            result.Append(c);
            i++;
        }

        if (result.Length > 0)
        {
            atLineStart = !verbatim && result[^1] == '\n';
        }

        return result.ToString();
    }

    /// <summary>The text of the verbatim string that starts at <paramref name="column"/> of line <paramref name="first"/>, and the line of its <c>");</c>.</summary>
    private static (string Text, int Last)? ReadVerbatim(string[] lines, int first, int column)
    {
        var text = new StringBuilder();
        for (var (i, at) = (first, column); i < lines.Length; (i, at) = (i + 1, 0))
        {
            var line = lines[i];
            for (var j = at; j < line.Length; j++)
            {
                if (line[j] != '"')
                {
                    text.Append(line[j]);
                }
                else if (j + 1 < line.Length && line[j + 1] == '"')
                {
                    text.Append('"');
                    j++;
                }
                else
                {
                    return line.AsSpan(j + 1).TrimEnd().SequenceEqual(");") ? (text.ToString(), i) : null;
                }
            }

            text.Append('\n');
        }

        return null;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    private static string Unescape(string literal)
    {
        var text = new StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] != '\\')
            {
                text.Append(literal[i]);
                continue;
            }

            var next = literal[++i];
            switch (next)
            {
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case '0': text.Append('\0'); break;
                case 'a': text.Append('\a'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'v': text.Append('\v'); break;
                case 'u':
                    text.Append((char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: text.Append(next); break;
            }
        }

        return text.ToString();
    }

    private static string Escape(string text)
    {
        var literal = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': literal.Append("\\\\"); break;
                case '"': literal.Append("\\\""); break;
                case '\n': literal.Append("\\n"); break;
                case '\r': literal.Append("\\r"); break;
                case '\t': literal.Append("\\t"); break;
                case < ' ' or '\u0085' or '\u2028' or '\u2029':
                    literal.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    break;
                default: literal.Append(c); break;
            }
        }

        return literal.ToString();
    }

    [GeneratedRegex("""^(?<indent>\s*)WriteLiteral\("(?<text>(?:[^"\\]|\\.)*)"\);\r?$""")]
    private static partial Regex LiteralCall();

    [GeneratedRegex(@"^(?<indent>\s*)WriteLiteral\(@""")]
    private static partial Regex VerbatimLiteralCall();

    // Anything else that writes: an expression, an attribute, a section, a literal written some other way.
    [GeneratedRegex(@"\b(Write\w*|BeginWriteAttribute|EndWriteAttribute|DefineSection)\s*\(")]
    private static partial Regex OutputCall();

    // What a statement of a template's code does to the branches that follow: braces, if, else.
    [GeneratedRegex(@"[{}]|\belse\b|\bif(?=\s*\()")]
    private static partial Regex Statement();

    [GeneratedRegex(@"^<(pre|textarea)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex VerbatimOpen();

    [GeneratedRegex(@"^</(pre|textarea)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex VerbatimClose();
}
