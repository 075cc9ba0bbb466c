using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RaQuan.Loading;

/// <summary>
/// YamlDotNet's parser with the checks its loader lacks. An alias inside the value it repeats makes a value without
/// end (used as a key, loading it overflows the stack), and collections nested some ten thousand deep overflow the
/// stack too, which ends the process whatever catches it; so these are refused (as a <see cref="BuildException"/>)
/// before the loader sees them. It also keeps what is needed to say what went wrong when YamlDotNet stops on broken text.
/// </summary>
internal sealed class CheckedYamlParser : IParser
{
    private readonly Scanner _scanner;
    private readonly Parser _parser;
    private readonly Func<Mark, SourceLocation> _at;
    private readonly int _length;
    private readonly Dictionary<AnchorName, NodeEvent> _anchors = [];

    // Collections begun and not yet ended, outermost first.
    private readonly List<NodeEvent> _open = [];

    /// <param name="at">Where a position of the text is in its file.</param>
    public CheckedYamlParser(string text, Func<Mark, SourceLocation> at)
    {
        _scanner = new Scanner(new StringReader(text));
        _parser = new Parser(_scanner);
        _at = at;
        _length = text.Length;
    }

    public ParsingEvent? Current => _parser.Current;

    public bool MoveNext()
    {
        if (!_parser.MoveNext())
        {
            return false;
        }

        switch (_parser.Current)
        {
            case DocumentStart:
                _anchors.Clear();
                break;
            case AnchorAlias alias:
                Check(alias);
                break;
            case Scalar scalar when VietnameseText.IndexOfInvalid(scalar.Value) is var at and >= 0:
                // Only an escape ("\uFFFE") can give one: the file's own text was checked when it was read.
                throw new BuildException([ContentErrors.InvalidCharacter(_at(scalar.Start), VietnameseText.CodePointName(scalar.Value, at))]);
            case NodeEvent node:
                Begin(node);
                break;
            case SequenceEnd or MappingEnd:
                _open.RemoveAt(_open.Count - 1);
                break;
        }

        return true;
    }

    /// <summary>
    /// The error for <paramref name="e"/>, which stopped YamlDotNet: a <see cref="YamlException"/>, or on some broken
    /// text another exception, such as the InvalidOperationException of a "[" or "{" left open before a line that is
    /// not indented. An unclosed "[" or "{" is said as such, at its own place rather than where YamlDotNet gave up.
    /// </summary>
    public BuildError Failure(Exception e)
    {
        var stopped = _scanner.CurrentPosition;
        var flow = _open.LastOrDefault(o => o is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow });
        var unclosed = flow is not null && stopped.Line > flow.Start.Line;
        var opener = flow is SequenceStart ? '[' : '{';
        if (e is YamlException yaml)
        {
            // Only a complaint about the end itself: a quote left open inside the brackets is the quote's fault.
            if (unclosed && yaml.Start.Index >= _length)
            {
                return ContentErrors.UnclosedFlow(_at(flow!.Start), opener, before: null);
            }

            // For a tab YamlDotNet gives the start of the mapping or value it was reading, which can be many lines
            // up; the scanner stopped at the tab itself.
            var tab = yaml is SyntaxErrorException && yaml.Message.Contains(" tab ", StringComparison.Ordinal);
            return ContentErrors.YamlParserProblem(_at(tab ? stopped : yaml.Start), Problem(yaml));
        }

        return unclosed
            ? ContentErrors.UnclosedFlow(_at(flow!.Start), opener, _at(stopped).Line)
            : ContentErrors.UnreadableYaml(_at(stopped));
    }

    private void Begin(NodeEvent node)
    {
        if (!node.Anchor.IsEmpty)
        {
            _anchors[node.Anchor] = node;
        }

        if (node is SequenceStart or MappingStart)
        {
            _open.Add(node);
            if (_open.Count > ContentLimits.YamlNesting)
            {
                throw new BuildException([ContentErrors.YamlTooDeep(_at(node.Start))]);
            }
        }
    }

    private void Check(AnchorAlias alias)
    {
        // YAML 1.2 §7.1: an alias names an anchor that occurs before it; YamlDotNet would resolve a later one anyway.
        if (!_anchors.TryGetValue(alias.Value, out var anchored))
        {
            throw new BuildException([ContentErrors.UndefinedAlias(_at(alias.Start), alias.Value.Value)]);
        }

        if (_open.Any(open => ReferenceEquals(open, anchored)))
        {
            throw new BuildException([ContentErrors.RecursiveAlias(_at(alias.Start), alias.Value.Value)]);
        }
    }

    // YamlDotNet prefixes messages with its own "(Line: 3, Col: 7, Idx: 40) - (…):" which would repeat ours.
    private static string Problem(YamlException e)
    {
        var message = (e.InnerException?.Message ?? e.Message).Trim();
        var end = message.LastIndexOf("):", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && end > 0 ? message[(end + 2)..].Trim() : message;
    }
}
