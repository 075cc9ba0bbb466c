using RaQuan.Loading;
using YamlDotNet.RepresentationModel;

namespace RaQuan.Results;

/// <summary>
/// Reads <c>results/NAME.yml</c> (the description) and the figures: <c>results/NAME.csv</c>, <c>NAME.xlsx</c> or
/// <c>NAME.xls</c>, or the description's <c>rows:</c>.
/// </summary>
internal static class ResultLoader
{
    public const string DefaultUnitColumn = "Đơn vị";

    private static readonly string[] Keys = ["title", "period", "source_plan", "notes", "unit_column", "chart", "columns", "rows", "sheet"];
    private static readonly string[] WorkbookExtensions = [".xlsx", ".xls"];
    private static readonly string[] ColumnKeys = ["name", "label", "unit", "aggregate", "target"];

    public static IReadOnlyList<ResultSource> Load(ContentPaths paths, Diagnostics diagnostics)
    {
        var folder = Path.Combine(paths.Root, "results");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var data = paths.Files(folder, "*", SearchOption.TopDirectoryOnly).Where(f => Path.GetExtension(f).ToLowerInvariant() is ".csv" or ".xlsx" or ".xls");
        foreach (var file in data.Where(f => !File.Exists(Path.ChangeExtension(f, ".yml"))).Order(StringComparer.Ordinal))
        {
            diagnostics.Add(ContentErrors.CsvWithoutSidecar(paths.Display(file), paths.Display(Path.ChangeExtension(file, ".yml"))));
        }

        return paths.Files(folder, "*.yml", SearchOption.TopDirectoryOnly)
            .Select(file => LoadTable(file, paths, diagnostics))
            .OfType<ResultSource>()
            .ToList();
    }

    private static ResultSource? LoadTable(string file, ContentPaths paths, Diagnostics diagnostics)
    {
        var display = paths.Display(file);
        if (TextFiles.Load(file, display, diagnostics) is not { } text)
        {
            return null;
        }

        if (YamlSource.Mapping(text, display, Path.GetFileName(file), Messages.ShapeResultFile, diagnostics) is not { } map)
        {
            return null;
        }

        var f = new YamlFields(map, display, 1, diagnostics, Keys);
        var slug = Path.GetFileNameWithoutExtension(file);
        if (!Slug.IsValid(slug))
        {
            diagnostics.Add(ContentErrors.InvalidSlug(new SourceLocation(display), slug));
        }

        var title = f.RequiredString("title", "\"Kết quả ra quân của các huyện\"");
        var unitHeading = f.String("unit_column") ?? DefaultUnitColumn;
        var columns = ReadColumns(f);
        var (rows, total) = ReadRows(f, file, paths, unitHeading, columns);
        if (title is null || rows is null)
        {
            return null;
        }

        return new ResultSource(
            Slug: slug,
            Title: title,
            Period: f.String("period"),
            Notes: f.String("notes"),
            PlanSlug: f.String("source_plan"),
            PlanAt: f.At("source_plan"),
            UnitHeading: unitHeading,
            Columns: columns,
            ChartColumn: ChartColumn(f, columns),
            Rows: ResultCells.Figures(rows, unitHeading, columns, diagnostics),
            Source: new SourceLocation(display))
        {
            TypedTotals = total is null ? [] : ResultCells.Totals(total, columns, diagnostics),
        };
    }

    private static List<ResultColumn> ReadColumns(YamlFields f)
    {
        if (!f.Has("columns"))
        {
            f.Diagnostics.Add(ContentErrors.MissingField(f.Location, "columns", Messages.ColumnsFieldExample));
        }

        var columns = new List<ResultColumn>();
        var targets = new List<(ResultColumn Column, string Target, SourceLocation At)>();
        foreach (var c in f.Items("columns", ColumnKeys))
        {
            if (c.RequiredString("name", UiLanguage.Format(Messages.ExampleColumnHeader, "\"Chiều dài đường\"")) is not { } name)
            {
                continue;
            }

            var id = Slug.From(name);
            if (columns.Any(x => x.Name == name || x.Id == id))
            {
                f.Diagnostics.Add(ContentErrors.DuplicateColumn(c.At("name"), name));
                continue;
            }

            var column = new ResultColumn(id, name, c.String("label") ?? name, c.String("unit") ?? "", Aggregate(c), columns.Count);
            columns.Add(column);
            if (c.String("target") is { } target)
            {
                targets.Add((column, target, c.At("target")));
            }
        }

        foreach (var (column, target, at) in targets)
        {
            column.Target = columns.FirstOrDefault(x => x.Name == target && x != column);
            if (column.Target is null)
            {
                f.Diagnostics.Add(ContentErrors.UnknownTargetColumn(at, target, columns.Where(x => x != column).Select(x => x.Name)));
            }
        }

        return columns;
    }

    private static ResultAggregate Aggregate(YamlFields c)
    {
        switch (c.String("aggregate")?.ToLowerInvariant())
        {
            case null or "none":
                return ResultAggregate.None;
            case "sum":
                return ResultAggregate.Sum;
            case "average":
                return ResultAggregate.Average;
            case var other:
                c.Diagnostics.Add(ContentErrors.InvalidValue(c.At("aggregate"), "aggregate", UiLanguage.Format(Messages.UnknownAggregate, other), Messages.UnknownAggregateFix));
                return ResultAggregate.None;
        }
    }

    private static ResultColumn? ChartColumn(YamlFields f, List<ResultColumn> columns)
    {
        if (f.String("chart") is not { } name)
        {
            return columns.FirstOrDefault(c => c.Aggregate == ResultAggregate.Sum) ?? columns.FirstOrDefault();
        }

        var column = columns.FirstOrDefault(c => c.Name == name);
        if (column is null)
        {
            f.Diagnostics.Add(ContentErrors.UnknownTargetColumn(f.At("chart"), name, columns.Select(c => c.Name)));
        }

        return column;
    }

    private static (IReadOnlyList<RawRow>? Rows, RawRow? Total) ReadRows(YamlFields f, string sidecar, ContentPaths paths, string unitHeading, List<ResultColumn> columns)
    {
        var csv = Path.ChangeExtension(sidecar, ".csv");
        var csvDisplay = paths.Display(csv);
        var files = WorkbookExtensions.Select(e => Path.ChangeExtension(sidecar, e)).Prepend(csv).Where(f => File.Exists(f) && !paths.IsSpecial(f)).ToList();
        if (files.Count > 0)
        {
            if (f.Has("rows"))
            {
                f.Diagnostics.Add(ContentErrors.ResultDataTwice(f.At("rows"), paths.Display(files[0])));
            }

            if (files.Count > 1)
            {
                f.Diagnostics.Add(ContentErrors.ResultDataTwice(new SourceLocation(paths.Display(files[1])), paths.Display(files[0])));
            }

            if (files[0] != csv)
            {
                return ReadWorkbook(f, files[0], paths, unitHeading, columns);
            }

            if (TextFiles.Load(csv, csvDisplay, f.Diagnostics) is not { } csvText)
            {
                return ([], null);
            }

            var (header, rows) = ResultCsvReader.Read(csvText, csvDisplay, f.Diagnostics);
            ResultCells.CheckHeader(header, new SourceLocation(csvDisplay, 1, 1), unitHeading, columns, f);
            return (rows, null);
        }

        if (f.Node("rows") is not YamlSequenceNode seq)
        {
            f.Diagnostics.Add(f.Has("rows")
                ? ContentErrors.WrongShape(f.At("rows"), "rows", Messages.ShapeRows)
                : ContentErrors.NoResultData(f.Location, csvDisplay));
            return (null, null);
        }

        var known = columns.Select(c => c.Name).Prepend(unitHeading).ToList();
        var list = new List<RawRow>();
        foreach (var item in seq)
        {
            if (item is not YamlMappingNode map)
            {
                f.Diagnostics.Add(ContentErrors.WrongShape(f.At(item), "rows", Messages.ShapeRows));
                continue;
            }

            var row = f.Child(map, known);
            var cells = known.Where(row.Has).ToDictionary(k => k, k => new RawCell(row.String(k) ?? "", row.At(k)), StringComparer.Ordinal);
            list.Add(new RawRow(row.Location, cells));
        }

        return (list, null);
    }

    private static (IReadOnlyList<RawRow>? Rows, RawRow? Total) ReadWorkbook(YamlFields f, string path, ContentPaths paths, string unitHeading, List<ResultColumn> columns)
    {
        var display = paths.Display(path);
        var names = columns.Select(c => c.Name).Prepend(unitHeading).ToHashSet(StringComparer.Ordinal);
        if (ResultWorkbookReader.Read(path, display, f.String("sheet"), f.At("sheet"), names, f.Diagnostics) is not { } table)
        {
            return ([], null);
        }

        var start = table.Header.Count > 0 ? table.Header[0].At : new SourceLocation(display, 1, 1);
        ResultCells.CheckHeader(table.Header, start, unitHeading, columns, f);
        return (table.Rows, table.Total);
    }
}
