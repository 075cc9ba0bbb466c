using RaQuan.Loading;
using YamlDotNet.RepresentationModel;

namespace RaQuan.Ceremonies;

/// <summary>Reads <c>ceremonies/*.yml</c>: one ceremony (a group of fields) or a list of them.</summary>
internal static class CeremonyYaml
{
    private static readonly string[] AgendaKeys = ["time", "order", "content", "who"];

    public static IEnumerable<CeremonySource> Read(string fullPath, ContentPaths paths, Diagnostics diagnostics)
    {
        var display = paths.Display(fullPath);
        if (TextFiles.Load(fullPath, display, diagnostics) is not { } text)
        {
            yield break;
        }

        if (!YamlSource.TryParse(text, display, 1, diagnostics, out var root))
        {
            yield break;
        }

        var maps = root switch
        {
            YamlMappingNode map => [map],
            YamlSequenceNode seq => seq.Children.OfType<YamlMappingNode>().ToList(),
            _ => [],
        };
        if (root is YamlSequenceNode list && list.Children.Any(c => c is not YamlMappingNode) || root is YamlScalarNode)
        {
            diagnostics.Add(ContentErrors.WrongShape(new SourceLocation(display, 1, 1), Messages.CeremonyFileName, Messages.ShapeCeremonyFile));
        }

        foreach (var map in maps)
        {
            var f = new YamlFields(map, display, 1, diagnostics, CeremonyFields.Keys);
            var reader = new CeremonyFields(f.String, f.At, diagnostics);
            if (reader.Read(f.Location, Agenda(f), Updated(f)) is { } ceremony)
            {
                yield return ceremony;
            }
        }
    }

    private static List<AgendaItem> Agenda(YamlFields f)
    {
        var items = new List<AgendaItem>();
        if (f.Node("agenda") is YamlSequenceNode seq)
        {
            foreach (var node in seq)
            {
                if (node is YamlScalarNode { Value: { Length: > 0 } line })
                {
                    items.Add(new AgendaItem(null, null, VietnameseText.Nfc(line).Trim(), null));
                }
                else if (node is YamlMappingNode map && f.Child(map, AgendaKeys) is var item
                    && item.RequiredString("content", "\"Tuyên bố lý do, giới thiệu đại biểu\"") is { } content)
                {
                    items.Add(new AgendaItem(item.String("time"), item.String("order"), content, item.String("who")));
                }
            }
        }
        else if (f.Node("agenda") is { } other)
        {
            f.Diagnostics.Add(ContentErrors.WrongShape(f.At(other), "agenda", Messages.ShapeAgenda));
        }

        return items;
    }

    private static List<(string, SourceLocation)> Updated(YamlFields f) => f.Node("updated") switch
    {
        YamlSequenceNode seq => seq.OfType<YamlScalarNode>().Where(s => !string.IsNullOrWhiteSpace(s.Value)).Select(s => (s.Value!.Trim(), f.At(s))).ToList(),
        YamlScalarNode => f.String("updated") is { } one ? [(one, f.At("updated"))] : [],
        null => [],
        var other => Wrong(f, other),
    };

    private static List<(string, SourceLocation)> Wrong(YamlFields f, YamlNode node)
    {
        f.Diagnostics.Add(ContentErrors.WrongShape(f.At(node), "updated", Messages.ShapeUpdated));
        return [];
    }
}
