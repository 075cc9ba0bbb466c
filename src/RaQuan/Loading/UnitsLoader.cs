namespace RaQuan.Loading;

/// <summary>Reads the tree of administrative units in <c>units.yml</c>.</summary>
internal static class UnitsLoader
{
    private static readonly string[] RootKeys = ["units"];
    private static readonly string[] UnitKeys = ["name", "kind", "code", "slug", "merged_into", "children"];
    private static readonly string[] MergerKeys = ["unit", "date"];

    public static IReadOnlyList<Unit> Load(ContentPaths paths, Diagnostics diagnostics)
    {
        var display = paths.Display(paths.UnitsFile);
        if (!File.Exists(paths.UnitsFile) || paths.IsSpecial(paths.UnitsFile))
        {
            diagnostics.Add(ContentErrors.MissingFile(display, Messages.UnitsFileHolds));
            return [];
        }

        if (TextFiles.Load(paths.UnitsFile, display, diagnostics) is not { } text)
        {
            return [];
        }

        if (YamlSource.Mapping(text, display, "units.yml", Messages.ShapeUnitsFile, diagnostics) is not { } map)
        {
            return [];
        }

        var f = new YamlFields(map, display, 1, diagnostics, RootKeys);
        if (!f.Has("units"))
        {
            diagnostics.Add(ContentErrors.MissingField(f.Location, "units", Messages.UnitsFieldExample));
        }

        var seen = new Dictionary<string, Unit>(StringComparer.Ordinal);
        return ReadList(f, "units", parent: null, depth: 1, seen);
    }

    private static List<Unit> ReadList(YamlFields owner, string key, Unit? parent, int depth, Dictionary<string, Unit> seen)
    {
        var units = new List<Unit>();
        foreach (var f in owner.Items(key, UnitKeys))
        {
            if (ReadUnit(f, parent, depth, seen) is { } unit)
            {
                units.Add(unit);
            }
        }

        return units;
    }

    private static Unit? ReadUnit(YamlFields f, Unit? parent, int depth, Dictionary<string, Unit> seen)
    {
        var name = f.RequiredString("name", "\"Kon Rẫy\"");
        var kindText = f.RequiredString("kind", "huyện");
        if (name is null || kindText is null)
        {
            return null;
        }

        if (!UnitKinds.TryParse(kindText, out var kind))
        {
            f.Diagnostics.Add(ContentErrors.UnknownUnitKind(f.At("kind"), kindText));
            return null;
        }

        if (UnitKinds.PlacementProblem(kind, parent) is { } problem)
        {
            f.Diagnostics.Add(ContentErrors.UnitLevel(f.At("kind"), name, kind, parent, problem));
        }

        var slug = f.String("slug") ?? Slug.From(name);
        if (!Slug.IsValid(slug))
        {
            f.Diagnostics.Add(ContentErrors.InvalidSlug(f.At(f.Has("slug") ? "slug" : "name"), slug));
        }

        var unit = new Unit
        {
            Name = name,
            Kind = kind,
            Slug = slug,
            Code = f.String("code"),
            MergedInto = ReadMerger(f),
            Source = f.Location,
            Parent = parent,
        };

        if (seen.TryGetValue(slug, out var other))
        {
            f.Diagnostics.Add(ContentErrors.SlugCollision(unit.Source, Messages.SlugOwnerUnit, slug, other.Source) with { Stage = BuildStage.Load });
        }
        else
        {
            seen[slug] = unit;
        }

        unit.Children = ReadList(f, "children", unit, depth + 1, seen);
        return unit;
    }

    private static UnitMerger? ReadMerger(YamlFields f)
    {
        if (f.Map("merged_into", MergerKeys) is not { } m)
        {
            return null;
        }

        var target = m.RequiredString("unit", "quang-ngai");
        var date = m.Date("date");
        if (date is null && !m.Has("date"))
        {
            m.Diagnostics.Add(ContentErrors.MissingField(m.Location, "date", "2025-07-01"));
        }

        return target is null || date is null ? null : new UnitMerger(target, date.Value, m.At("unit"), m.At("date"));
    }
}
