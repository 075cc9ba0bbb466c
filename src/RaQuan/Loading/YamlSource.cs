using RaQuan.Building;
using RaQuan.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RaQuan.Loading;

/// <summary>Parses YAML text and keeps positions, so errors can point at file:line:column.</summary>
internal static class YamlSource
{
    /// <summary>Parses a YAML document whose first line is line <paramref name="firstLine"/> of <paramref name="file"/>.</summary>
    public static YamlNode? Parse(string text, string file, int firstLine, Diagnostics diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var problem = (e.InnerException?.Message ?? e.Message).Trim();
            var at = new SourceLocation(file, (int)e.Start.Line + firstLine - 1, (int)e.Start.Column);
            diagnostics.Add(ContentErrors.InvalidYaml(at, StripPosition(problem)));
            return null;
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    // YamlDotNet prefixes messages with its own "(Line: 3, Col: 7, Idx: 40) - (…):" which would repeat ours.
    private static string StripPosition(string message)
    {
        var end = message.LastIndexOf("):", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && end > 0 ? message[(end + 2)..].Trim() : message;
    }
}
