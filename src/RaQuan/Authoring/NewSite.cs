using RaQuan.Loading;
using RaQuan.Units;

namespace RaQuan.Authoring;

/// <summary>
/// <c>raquan new site DIR --province … [--commune …]</c>: a site of today's map, ready to build: <c>site.yml</c> and a
/// <c>units.yml</c> with the province and all its communes, wards and special zones (or the one commune) as the
/// official list names, kinds and codes them. It never overwrites a file.
/// </summary>
public static class NewSite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates the files and returns their paths; throws <see cref="BuildException"/> when it cannot.</summary>
    public static IReadOnlyList<string> Create(string directory, string? provinceText, string? communeText)
    {
        var diagnostics = new Diagnostics(BuildStage.Load);
        var (province, commune) = Resolve(provinceText, communeText, diagnostics);
        diagnostics.ThrowIfErrors();

        var paths = new ContentPaths(directory);
        var files = new List<(string Path, string Text)>
        {
            (paths.SiteFile, SiteYaml(province!, commune)),
            (paths.UnitsFile, UnitsYaml(province!, commune)),
        };
        foreach (var (path, _) in files.Where(f => File.Exists(f.Path)))
        {
            diagnostics.Add(NewContentErrors.Exists(paths.Display(path)));
        }

        diagnostics.ThrowIfErrors();
        Directory.CreateDirectory(paths.PlansDirectory);
        foreach (var (path, text) in files)
        {
            // CreateNew: a file that appeared since the check above is still not overwritten.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Utf8.GetBytes(text));
        }

        return files.Select(f => paths.Display(f.Path)).ToList();
    }

    private static (OfficialProvince? Province, OfficialUnit? Commune) Resolve(string? provinceText, string? communeText, Diagnostics diagnostics)
    {
        var map = OfficialMap.Vietnam2025;
        OfficialProvince? province = null;
        if (provinceText is not null)
        {
            province = map.FindProvince(provinceText, out var nearest);
            if (province is null)
            {
                diagnostics.Add(NewContentErrors.UnknownProvince(provinceText, nearest));
                return (null, null);
            }
        }
        else if (communeText is null)
        {
            diagnostics.Add(NewContentErrors.NoProvince());
            return (null, null);
        }

        if (communeText is null)
        {
            return (province, null);
        }

        var found = map.FindUnits(communeText, province, out var nearestUnits);
        if (found.Count == 1)
        {
            return found[0];
        }

        diagnostics.Add(found.Count == 0
            ? NewContentErrors.UnknownCommune(communeText, province?.FullName, nearestUnits)
            : NewContentErrors.AmbiguousCommune(communeText, nearestUnits));
        return (null, null);
    }

    private static string SiteYaml(OfficialProvince province, OfficialUnit? commune)
    {
        var owner = commune?.FullName ?? province.FullName;
        return $"""
            # The site's settings (README, "site.yml"). Change base_url to where the site will be published.
            title: {Quote($"Thông tin {owner}")}
            description: {Quote($"Kế hoạch, lịch và kết quả của {owner}.")}
            base_url: "https://example.gov.vn/"
            language: vi
            timezone: Asia/Ho_Chi_Minh
            publisher:
              name: {Quote($"Ủy ban nhân dân {owner}")}
              # address: ""
              # phone: ""
              # email: ""

            """;
    }

    private static string UnitsYaml(OfficialProvince province, OfficialUnit? commune)
    {
        var units = commune is null ? province.Units : [commune];
        var b = new StringBuilder();
        b.Append("# ").Append(Capitalize(province.FullName))
            .Append(commune is null ? $" và {units.Count} xã, phường, đặc khu trực thuộc" : $", {commune.FullName}")
            .Append(" từ ngày 01/07/2025; tên, loại và mã theo danh mục chính thức\n# (").Append(OfficialMap.Vietnam2025.Title).Append(").\n");
        b.Append("units:\n");
        b.Append("  - name: ").Append(Quote(province.Name)).Append('\n');
        b.Append("    kind: ").Append(province.Kind.Name()).Append('\n');
        b.Append("    code: ").Append(Quote(province.Code)).Append('\n');
        b.Append("    children:\n");
        var slugs = Slugs(province, units);
        foreach (var unit in units)
        {
            b.Append("      - name: ").Append(Quote(unit.Name)).Append('\n');
            b.Append("        kind: ").Append(unit.Kind.Name()).Append('\n');
            b.Append("        code: ").Append(Quote(unit.Code)).Append('\n');
            if (slugs[unit] != Slug.From(unit.Name))
            {
                b.Append("        slug: ").Append(slugs[unit]).Append('\n');
            }
        }

        return b.ToString();
    }

    /// <summary>
    /// Each unit's slug: made from its name, unless another unit (or the province) has that name too; then with its
    /// kind first ("phuong-lao-cai" beside the province Lào Cai), or its code last when the kind does not tell them
    /// apart (xã Sơn Hà and xã Sơn Hạ are "son-ha-21289" and "son-ha-21292").
    /// </summary>
    private static Dictionary<OfficialUnit, string> Slugs(OfficialProvince province, IReadOnlyList<OfficialUnit> units)
    {
        var counts = units.Select(u => Slug.From(u.Name)).Append(Slug.From(province.Name))
            .GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var withKind = units.Select(u => Slug.From(u.FullName)).GroupBy(s => s, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return units.ToDictionary(u => u, u =>
        {
            var slug = Slug.From(u.Name);
            if (counts[slug] == 1)
            {
                return slug;
            }

            var kindSlug = Slug.From(u.FullName);
            return withKind[kindSlug] == 1 && !counts.ContainsKey(kindSlug) ? kindSlug : $"{slug}-{u.Code}";
        });
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
