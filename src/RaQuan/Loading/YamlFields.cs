using YamlDotNet.RepresentationModel;

namespace RaQuan.Loading;

/// <summary>
/// Reads one YAML mapping into typed values. Unknown keys are reported on construction, so a typo such as
/// "titel" fails the build instead of silently dropping the title.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly Diagnostics _diagnostics;
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode node, string file, int firstLine, Diagnostics diagnostics, IReadOnlyCollection<string> known)
    {
        (_node, _file, _lineOffset, _diagnostics) = (node, file, firstLine - 1, diagnostics);
        foreach (var (key, value) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                diagnostics.Add(ContentErrors.UnknownField(At(key), name, known));
            }
            else
            {
                _values[name] = value;
            }
        }
    }

    /// <summary>Location of the mapping itself.</summary>
    public SourceLocation Location => At(_node);

    public Diagnostics Diagnostics => _diagnostics;

    public bool Has(string key) => _values.ContainsKey(key);

    public SourceLocation At(string key) => _values.TryGetValue(key, out var v) ? At(v) : Location;

    public SourceLocation At(YamlNode node) => new(_file, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    public string? String(string key)
    {
        if (!_values.TryGetValue(key, out var node) || IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            var text = VietnameseText.Nfc(scalar.Value ?? "").Trim();
            return text.Length == 0 ? null : text;
        }

        _diagnostics.Add(ContentErrors.WrongShape(At(node), key, Messages.ShapeSingleText));
        return null;
    }

    public string? RequiredString(string key, string example)
    {
        var value = String(key);
        if (value is null && !_values.ContainsKey(key))
        {
            _diagnostics.Add(ContentErrors.MissingField(Location, key, example));
        }
        else if (value is null)
        {
            _diagnostics.Add(ContentErrors.MissingField(At(key), key, example));
        }

        return value;
    }

    public DateOnly? Date(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (VietnameseDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        _diagnostics.Add(ContentErrors.InvalidDate(At(key), key, error ?? VietnameseDate.NotADate(text)));
        return null;
    }

    public bool Bool(string key, bool fallback = false)
    {
        var text = String(key);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return fallback;
            case "true" or "yes" or "có":
                return true;
            case "false" or "no" or "không":
                return false;
            default:
                _diagnostics.Add(ContentErrors.InvalidValue(At(key), key, UiLanguage.Format(Messages.NotTrueOrFalse, text), UiLanguage.Format(Messages.NotTrueOrFalseFix, key)));
                return fallback;
        }
    }

    public int? Int(string key, int min, int max)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        _diagnostics.Add(ContentErrors.InvalidValue(At(key), key, UiLanguage.Format(Messages.NotWholeNumber, text, min, max), UiLanguage.Format(Messages.NotWholeNumberFix, key, min)));
        return null;
    }

    /// <summary>A list of texts; a single text is taken as a list of one.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        if (!_values.TryGetValue(key, out var node) || IsNull(node))
        {
            return [];
        }

        if (node is YamlScalarNode)
        {
            return String(key) is { } one ? [one] : [];
        }

        if (node is YamlSequenceNode seq)
        {
            var list = new List<string>();
            foreach (var item in seq)
            {
                if (item is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value))
                {
                    list.Add(VietnameseText.Nfc(s.Value).Trim());
                }
                else if (item is not YamlScalarNode)
                {
                    _diagnostics.Add(ContentErrors.WrongShape(At(item), key, Messages.ShapeTextList));
                }
            }

            return list;
        }

        _diagnostics.Add(ContentErrors.WrongShape(At(node), key, Messages.ShapeTextList));
        return [];
    }

    /// <summary>A nested mapping, with its own known keys.</summary>
    public YamlFields? Map(string key, IReadOnlyCollection<string> known)
    {
        if (!_values.TryGetValue(key, out var node) || IsNull(node))
        {
            return null;
        }

        if (node is YamlMappingNode map)
        {
            return new YamlFields(map, _file, _lineOffset + 1, _diagnostics, known);
        }

        _diagnostics.Add(ContentErrors.WrongShape(At(node), key, UiLanguage.Format(Messages.ShapeFieldGroup, string.Join(", ", known))));
        return null;
    }

    /// <summary>The raw node of a key, for fields that accept several shapes.</summary>
    public YamlNode? Node(string key) => _values.TryGetValue(key, out var node) && !IsNull(node) ? node : null;

    /// <summary>Items of a list of mappings.</summary>
    public IEnumerable<YamlFields> Items(string key, IReadOnlyCollection<string> known)
    {
        if (Node(key) is not { } node)
        {
            yield break;
        }

        if (node is not YamlSequenceNode seq)
        {
            _diagnostics.Add(ContentErrors.WrongShape(At(node), key, Messages.ShapeList));
            yield break;
        }

        foreach (var item in seq)
        {
            if (item is YamlMappingNode map)
            {
                yield return new YamlFields(map, _file, _lineOffset + 1, _diagnostics, known);
            }
            else
            {
                _diagnostics.Add(ContentErrors.WrongShape(At(item), key, UiLanguage.Format(Messages.ShapeListOfGroups, string.Join(", ", known))));
            }
        }
    }

    /// <summary>Wraps a child mapping node found through <see cref="Node"/>.</summary>
    public YamlFields Child(YamlMappingNode map, IReadOnlyCollection<string> known) => new(map, _file, _lineOffset + 1, _diagnostics, known);

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.SingleQuoted and not YamlDotNet.Core.ScalarStyle.DoubleQuoted } s
        && (s.Value is null or "" or "~" or "null");
}
