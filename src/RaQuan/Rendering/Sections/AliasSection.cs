using System.Net;

namespace RaQuan.Rendering.Sections;

/// <summary>
/// A small page at each old address of a plan (<c>aliases</c>) that sends the reader on to its address: a meta
/// refresh for browsers and a canonical link for search engines, as Hugo writes its aliases. They are listed nowhere
/// else (not in the sitemap, feeds, search or open data), and tell robots not to index them.
/// </summary>
internal static class AliasSection
{
    public static Task RenderAsync(RenderContext context)
    {
        foreach (var plan in context.Site.Plans)
        {
            foreach (var alias in plan.Aliases)
            {
                context.Sink.Write(alias + "index.html", Redirect(plan.Title, context.Urls.Absolute(context.Urls.Plan(plan)), context.Site.Config.Language));
            }
        }

        return Task.CompletedTask;
    }

    public static string Redirect(string title, string url, string language)
    {
        var href = WebUtility.HtmlEncode(url);
        return $"""
            <!DOCTYPE html>
            <html lang="{WebUtility.HtmlEncode(language)}">
            <head>
            <meta charset="utf-8">
            <title>{WebUtility.HtmlEncode(title)}</title>
            <link rel="canonical" href="{href}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={href}">
            </head>
            <body>
            <p>Trang đã chuyển đến <a href="{href}">{WebUtility.HtmlEncode(title)}</a>.</p>
            </body>
            </html>

            """;
    }
}
