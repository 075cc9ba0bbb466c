namespace RaQuan.Loading;

/// <summary>Reads <c>site.yml</c>.</summary>
internal static class SiteConfigLoader
{
    private static readonly string[] Keys = ["title", "description", "base_url", "language", "timezone", "publisher", "feed", "paginate", "search", "predecessor_plans", "theme"];
    private static readonly string[] PublisherKeys = ["name", "name_en", "address", "phone", "email"];
    private static readonly string[] FeedKeys = ["items", "full_text"];
    private static readonly string[] SearchKeys = ["external", "site_parameter"];

    public static SiteConfig? Load(ContentPaths paths, Diagnostics diagnostics)
    {
        var display = paths.Display(paths.SiteFile);
        if (!File.Exists(paths.SiteFile) || paths.IsSpecial(paths.SiteFile))
        {
            diagnostics.Add(ContentErrors.MissingFile(display, Messages.SiteFileHolds));
            return null;
        }

        if (TextFiles.Load(paths.SiteFile, display, diagnostics) is not { } text)
        {
            return null;
        }

        if (YamlSource.Mapping(text, display, "site.yml", Messages.ShapeSiteFile, diagnostics) is not { } map)
        {
            return null;
        }

        var f = new YamlFields(map, display, 1, diagnostics, Keys);
        var title = f.RequiredString("title", "\"Ra quân đầu năm 2024\"");
        var baseUrl = ParseBaseUrl(f);
        var language = f.String("language") ?? "vi";
        var timeZone = ParseTimeZone(f);
        var publisher = ParsePublisher(f, title);
        var feedFields = f.Map("feed", FeedKeys);
        var feed = new FeedSettings(
            feedFields?.Int("items", 1, 1000) ?? FeedSettings.Default.Items,
            feedFields?.Bool("full_text", FeedSettings.Default.FullText) ?? FeedSettings.Default.FullText);
        var paginate = f.Int("paginate", 1, 1000) ?? 20;
        var search = ParseSearch(f);
        var branding = Themes.BrandingLoader.Read(f, paths);

        return title is null || baseUrl is null || timeZone is null
            ? null
            : new SiteConfig(title, f.String("description"), baseUrl, language, timeZone, publisher, feed, paginate, search)
            {
                PredecessorPlans = f.Bool("predecessor_plans"),
                Branding = branding,
            };
    }

    private static Uri? ParseBaseUrl(YamlFields f)
    {
        var text = f.RequiredString("base_url", "\"https://example.gov.vn/\"");
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0)
        {
            return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        }

        f.Diagnostics.Add(ContentErrors.InvalidValue(f.At("base_url"), "base_url", UiLanguage.Format(Messages.NotHttpAddress, text), Messages.BaseUrlFix));
        return null;
    }

    private static SearchSettings? ParseSearch(YamlFields f)
    {
        var s = f.Map("search", SearchKeys);
        var text = s?.String("external");
        if (s is null || text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0)
        {
            return new SearchSettings(uri, s.String("site_parameter") ?? SearchSettings.DefaultSiteParameter);
        }

        f.Diagnostics.Add(ContentErrors.InvalidValue(s.At("external"), "search.external", UiLanguage.Format(Messages.NotSearchAddress, text), Messages.SearchExternalFix));
        return null;
    }

    private static TimeZoneInfo? ParseTimeZone(YamlFields f)
    {
        var id = f.String("timezone") ?? "Asia/Ho_Chi_Minh";
        if (TimeZones.TryFind(id, out var zone))
        {
            return zone;
        }

        f.Diagnostics.Add(ContentErrors.InvalidValue(f.At("timezone"), "timezone", UiLanguage.Format(Messages.UnknownTimeZone, id), Messages.UnknownTimeZoneFix));
        return null;
    }

    private static Publisher ParsePublisher(YamlFields f, string? title)
    {
        var p = f.Map("publisher", PublisherKeys);
        if (p is null)
        {
            f.Diagnostics.Add(ContentErrors.MissingField(f.Location, "publisher", "{ name: \"Ủy ban nhân dân tỉnh Kon Tum\", email: ... }"));
            return new Publisher(title ?? "", null, null, null, null);
        }

        var name = p.RequiredString("name", "\"Ủy ban nhân dân tỉnh Kon Tum\"") ?? "";
        return new Publisher(name, p.String("name_en"), p.String("address"), p.String("phone"), p.String("email"));
    }
}
