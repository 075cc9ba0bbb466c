using RaQuan.Loading;

namespace RaQuan.Ceremonies;

/// <summary>Reads every file of <c>ceremonies/</c>: YAML files and CSV sheets.</summary>
internal static class CeremonyLoader
{
    public static IReadOnlyList<CeremonySource> Load(ContentPaths paths, Diagnostics diagnostics)
    {
        if (!Directory.Exists(paths.CeremoniesDirectory))
        {
            return [];
        }

        var files = paths.Files(paths.CeremoniesDirectory, "*", SearchOption.AllDirectories);
        var list = new List<CeremonySource>();
        foreach (var file in files)
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            try
            {
                list.AddRange(extension switch
                {
                    ".yml" or ".yaml" => CeremonyYaml.Read(file, paths, diagnostics),
                    ".csv" => CeremonyCsv.Read(file, paths, diagnostics),
                    _ => [],
                });
            }
            catch (InvalidDataException e)
            {
                diagnostics.Error(new Model.SourceLocation(paths.Display(file), 1), e.Message);
            }
        }

        return list;
    }
}
