using System.Net;

namespace RaQuan.Serving;

/// <summary>
/// The script and error overlay added to HTML pages as <c>raquan serve</c> sends them. They are added to the
/// response only: the files of the site never hold them.
/// </summary>
internal static class LiveReload
{
    public const string EventsPath = "/__raquan/events";
    public const string OverlayId = "raquan-overlay";

    private const string OverlayStyle =
        "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;background:rgba(40,0,0,.93);color:#fff;" +
        "font:14px/1.5 monospace;white-space:pre-wrap";

    /// <summary>The page with the script (and, while the last build failed, the overlay) before &lt;/body&gt;.</summary>
    public static string Inject(string html, long version, IReadOnlyList<BuildError> errors)
    {
        var snippet = Snippet(version, errors);
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + snippet : html.Insert(end, snippet);
    }

    /// <summary>A page for when no build has succeeded yet: only the overlay, waiting for a fix.</summary>
    public static string ErrorPage(long version, IReadOnlyList<BuildError> errors) =>
        $"<!DOCTYPE html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\"><title>{Messages.ServeErrorPageTitle}</title></head>\n<body>\n{Snippet(version, errors)}</body>\n</html>\n";

    /// <summary>The errors as one text, for the terminal and the overlay.</summary>
    public static string Describe(IReadOnlyList<BuildError> errors) =>
        UiLanguage.Format(Messages.ServeBuildFailed, errors.Count) + "\n\n" + string.Join("\n", errors.Select(e => e.ToString()));

    /// <summary>An event whose data is the site's version.</summary>
    public static string Event(string name, long version) => Frame(name, JsonSerializer.Serialize(version, LiveReloadJson.Default.Int64));

    /// <summary>An event whose data is a text, such as the errors of a failed build.</summary>
    public static string Event(string name, string text) => Frame(name, JsonSerializer.Serialize(text, LiveReloadJson.Default.String));

    // One Server-Sent Event (https://html.spec.whatwg.org/multipage/server-sent-events.html): the data is JSON, so it holds no line break.
    private static string Frame(string name, string json) => $"event: {name}\ndata: {json}\n\n";

    private static string Snippet(long version, IReadOnlyList<BuildError> errors)
    {
        var text = new StringBuilder();
        if (errors.Count > 0)
        {
            text.Append($"<div id=\"{OverlayId}\" role=\"alert\" style=\"{OverlayStyle}\">{WebUtility.HtmlEncode(Describe(errors))}</div>\n");
        }

        text.Append($$"""
            <script>/* raquan serve: live reload */
            (() => {
              const events = new EventSource("{{EventsPath}}");
              events.addEventListener("hello", e => { if (JSON.parse(e.data) !== {{version}}) location.reload(); });
              events.addEventListener("reload", () => location.reload());
              events.addEventListener("failed", e => {
                let overlay = document.getElementById("{{OverlayId}}");
                if (!overlay) {
                  overlay = document.createElement("div");
                  overlay.id = "{{OverlayId}}";
                  overlay.setAttribute("role", "alert");
                  overlay.style.cssText = "{{OverlayStyle}}";
                  document.body.append(overlay);
                }
                overlay.textContent = JSON.parse(e.data);
              });
            })();
            </script>

            """);
        return text.ToString();
    }
}
