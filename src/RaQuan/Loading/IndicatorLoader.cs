namespace RaQuan.Loading;

/// <summary>The <c>indicators:</c> list of a plan's front matter: the targets the plan sets.</summary>
internal static class IndicatorLoader
{
    private static readonly string[] Keys = ["label", "value", "unit", "qualifier"];

    public static IReadOnlyList<Indicator> Read(YamlFields f)
    {
        var list = new List<Indicator>();
        foreach (var item in f.Items("indicators", Keys))
        {
            var label = item.RequiredString("label", "\"Tổng giá trị sản xuất\"");
            var text = item.RequiredString("value", "\"2.192\"");
            if (label is null || text is null)
            {
                continue;
            }

            if (!VietnameseNumber.TryParse(text, out var value, out var error))
            {
                item.Diagnostics.Add(ContentErrors.InvalidFigure(item.At("value"), "value", error!));
                continue;
            }

            list.Add(new Indicator(label, value, item.String("unit") ?? "", item.String("qualifier")));
        }

        return list;
    }
}
