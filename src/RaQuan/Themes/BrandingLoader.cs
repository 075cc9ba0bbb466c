using RaQuan.Loading;

namespace RaQuan.Themes;

/// <summary>Reads <c>theme:</c> of site.yml: logo, header lines, colours (checked for contrast), favicon, footer.</summary>
internal static class BrandingLoader
{
    public static readonly string[] Keys = ["name", "logo", "header", "colors", "favicon", "footer"];
    private static readonly string[] ColorKeys = ["brand", "link", "accent"];
    private static readonly string[] FooterKeys = ["agency", "responsible", "address", "phone", "email", "licence"];

    // The light grey behind lists, tables' headings and the footer (site.css --soft), and the dark text drawn on the
    // focus highlight: what each colour of the theme meets.
    private static readonly Rgb Soft = Rgb.Parse("#f4f4f2");
    private static readonly Rgb DarkText = Rgb.Parse("#0b0c0c");

    /// <summary>WCAG 2.1 AA for text of normal size.</summary>
    private const double Minimum = 4.5;

    public static Branding Read(YamlFields site, ContentPaths paths)
    {
        if (site.Map("theme", Keys) is not { } f)
        {
            return Branding.None;
        }

        var folder = Folder(f, paths);
        return new Branding(
            File(f, "logo", paths, "assets/logo", LogoKinds),
            f.StringList("header"),
            Colors(f),
            File(f, "favicon", paths, "favicon", FaviconKinds),
            Footer(f),
            Assets(folder),
            folder);
    }

    /// <summary>The assets folder of the site's own theme, <c>themes/NAME/assets/</c>; null when it names none or has none.</summary>
    private static string? Assets(SiteThemeFolder? folder) =>
        folder is not null && Directory.Exists(Path.Combine(folder.Path, "assets")) ? Path.Combine(folder.Path, "assets") : null;

    /// <summary>The site's own theme folder, <c>themes/NAME/</c>; null when site.yml names none.</summary>
    private static SiteThemeFolder? Folder(YamlFields f, ContentPaths paths)
    {
        if (f.String("name") is not { } written)
        {
            return null;
        }

        var name = written.Trim();
        var folder = "themes/" + name;
        if (name.Length == 0 || name.Contains('/') || name.Contains('\\') || paths.ResolveInside(folder) is not { } full)
        {
            f.Diagnostics.Add(ContentErrors.UnsafePath(f.At("name"), folder));
            return null;
        }

        if (!Directory.Exists(full))
        {
            f.Diagnostics.Add(ContentErrors.ThemeFolderMissing(f.At("name"), name));
            return null;
        }

        return new SiteThemeFolder(full, folder);
    }

    private static readonly Dictionary<string, string> LogoKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
    };

    private static readonly Dictionary<string, string> FaviconKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".ico"] = "image/x-icon",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
    };

    private static BrandFile? File(YamlFields f, string field, ContentPaths paths, string publishedAs, Dictionary<string, string> kinds)
    {
        if (f.String(field) is not { } written)
        {
            return null;
        }

        var path = written.Trim();
        var at = f.At(field);
        if (paths.ResolveInside(path) is not { } full)
        {
            f.Diagnostics.Add(ContentErrors.UnsafePath(at, path));
            return null;
        }

        if (!System.IO.File.Exists(full) || paths.IsSpecial(full))
        {
            f.Diagnostics.Add(ContentErrors.BrandFileMissing(at, field, path));
            return null;
        }

        var extension = Path.GetExtension(path);
        if (!kinds.TryGetValue(extension, out var mediaType))
        {
            f.Diagnostics.Add(ContentErrors.BrandFileKind(at, field, path, string.Join(", ", kinds.Keys.Select(k => k.TrimStart('.').ToUpperInvariant()))));
            return null;
        }

        return new BrandFile(full, publishedAs + extension.ToLowerInvariant(), mediaType);
    }

    private static BrandColors Colors(YamlFields theme)
    {
        if (theme.Map("colors", ColorKeys) is not { } f)
        {
            return BrandColors.Default;
        }

        var defaults = BrandColors.Default;
        return new BrandColors(
            Color(f, "brand", defaults.Brand, [Rgb.White]),
            Color(f, "link", defaults.Link, [Rgb.White, Soft]),
            Color(f, "accent", defaults.Accent, [DarkText]));
    }

    private static string Color(YamlFields f, string field, string fallback, Rgb[] against)
    {
        if (f.String(field) is not { } written)
        {
            return fallback;
        }

        if (!Rgb.TryParse(written, out var color))
        {
            f.Diagnostics.Add(ContentErrors.NotAColor(f.At(field), field, written));
            return fallback;
        }

        var worst = against.Min(other => Rgb.Contrast(color, other));
        if (worst < Minimum)
        {
            f.Diagnostics.Add(ContentErrors.LowContrast(f.At(field), field, written, Math.Floor(worst * 10) / 10,
                color.NearestPassing(against, Minimum).ToString()));
        }

        return color.ToString();
    }

    private static BrandFooter? Footer(YamlFields theme) =>
        theme.Map("footer", FooterKeys) is { } f
            ? new BrandFooter(f.String("agency"), f.String("responsible"), f.String("address"), f.String("phone"), f.String("email"), f.String("licence"))
            : null;
}
