using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RaQuan.Loading;

/// <summary>Parses YAML text and keeps positions, so errors can point at file:line:column.</summary>
internal static class YamlSource
{
    /// <summary>
    /// Parses a YAML document whose first line is line <paramref name="firstLine"/> of <paramref name="file"/>:
    /// false, with the error reported, when the text cannot be read; <paramref name="root"/> is null for an empty text.
    /// </summary>
    public static bool TryParse(string text, string file, int firstLine, Diagnostics diagnostics, out YamlNode? root)
    {
        root = null;
        SourceLocation At(Mark mark) => new(file, (int)mark.Line + firstLine - 1, (int)mark.Column);

        var stream = new YamlStream();
        if (FlatYamlParser.TryCreate(text) is { } flat)
        {
            // Nothing for YamlDotNet's loader to refuse: no alias, no nesting, no key twice.
            stream.Load(flat);
            root = stream.Documents[0].RootNode;
            return true;
        }

        var parser = new CheckedYamlParser(text, At);
        try
        {
            stream.Load(parser);
        }
        catch (BuildException e)
        {
            foreach (var error in e.Errors)
            {
                diagnostics.Add(error);
            }

            return false;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 16 throws the last two, not YamlException, on some broken text: an unclosed "[" before a line, a bad tag.
            diagnostics.Add(parser.Failure(e));
            return false;
        }

        root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        return true;
    }

    /// <summary>
    /// A whole YAML file that must be a group of fields: null, with the error reported, when it cannot be read or is
    /// something else (a list, a lone value, nothing).
    /// </summary>
    /// <param name="what">The file as the error names it ("site.yml").</param>
    /// <param name="expected">What the file should hold, as the error says it.</param>
    public static YamlMappingNode? Mapping(string text, string file, string what, string expected, Diagnostics diagnostics)
    {
        if (!TryParse(text, file, 1, diagnostics, out var root))
        {
            return null;
        }

        if (root is not YamlMappingNode map)
        {
            diagnostics.Add(ContentErrors.WrongShape(new SourceLocation(file, 1, 1), what, expected));
            return null;
        }

        return map;
    }
}
