using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;
using RaQuan.Building;
using RaQuan.Rendering;
using RaQuan.Rendering.Pages;
using RaQuan.Serving;
using RaQuan.Themes.Default;
using Xunit.Abstractions;

namespace RaQuan.Tests.Serving;

/// <summary><c>raquan serve</c> end to end: a real Kestrel on a free loopback port, fetched with HttpClient.</summary>
public sealed class ServeTests(ITestOutputHelper output)
{
    private const string PlanPage = "ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Pages_and_files_are_served_with_their_content_types()
    {
        await using var serve = await Served.StartAsync();
        var http = serve.Http;

        var home = await http.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType!.ToString());
        Assert.Contains("Ra quân 2024", await home.Content.ReadAsStringAsync());

        (string Path, string Type)[] files =
        [
            ("rss.xml", "application/xml; charset=utf-8"), ("sitemap.xml", "application/xml; charset=utf-8"),
            ("assets/site.css", "text/css; charset=utf-8"), ("su-kien.ics", "text/calendar; charset=utf-8"), ("lich.ics", "text/calendar; charset=utf-8"),
            ("du-lieu.json", "application/json; charset=utf-8"), ("logo.svg", "image/svg+xml"), (PlanPage, "text/html; charset=utf-8"),
        ];
        foreach (var (path, type) in files)
        {
            var response = await http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
        }
    }

    [Fact]
    public async Task Folders_redirect_to_their_index_and_the_root_to_the_base_path()
    {
        await using var serve = await Served.StartAsync();
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(serve.Server.Url) };

        var folder = await noRedirect.GetAsync(PlanPage.TrimEnd('/'));
        var root = await noRedirect.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/ra-quan-2024/" + PlanPage, folder.Headers.Location!.OriginalString);
        Assert.Equal("/ra-quan-2024/", root.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_missing_page_gets_the_sites_404_page_with_status_404()
    {
        await using var serve = await Served.StartAsync();

        var response = await serve.Http.GetAsync("ke-hoach/khong-co/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/ra-quan-2024/../../etc/passwd")]
    [InlineData("/ra-quan-2024/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/ra-quan-2024/%2E%2E/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/ra-quan-2024/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/ra-quan-2024/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/ra-quan-2024/..%5c..%5cetc%5cpasswd")]
    [InlineData("/ra-quan-2024/%252e%252e/%252e%252e/etc/passwd")]
    [InlineData("/ra-quan-2024/assets/..%2f..%2f..%2fcontent%2fsite.yml")]
    [InlineData("/ra-quan-2024/%2e%2e/content/site.yml")]
    public async Task Paths_that_try_to_leave_the_site_get_404(string target)
    {
        await using var serve = await Served.StartAsync();

        // Sent as raw bytes: HttpClient would resolve the dots itself before Kestrel saw them.
        var (status, body) = await RawGetAsync(serve.Server.Url, target);

        Assert.Equal(404, status);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("base_url", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_the_reload_script_but_the_built_files_do_not()
    {
        await using var serve = await Served.StartAsync();

        var served = await serve.Http.GetStringAsync(PlanPage);
        serve.Site.BuildOk();

        Assert.Contains(LiveReload.EventsPath, served);
        serve.Site.AssertFileContains(PlanPage + "index.html", "!" + LiveReload.EventsPath, "!raquan serve");
    }

    [Fact]
    public async Task Editing_a_plan_sends_a_reload_event_and_serves_the_new_text()
    {
        await using var serve = await Served.StartAsync();
        await using var events = await serve.OpenEventsAsync();
        await events.WaitForAsync("event: hello");

        serve.Site.Write(EditedPlan("Toàn tỉnh ra quân lúc 07h00."));
        await events.WaitForAsync("event: reload");

        Assert.Contains("Toàn tỉnh ra quân lúc 07h00.", await serve.Http.GetStringAsync(PlanPage));
    }

    [Fact]
    public async Task A_broken_plan_shows_the_error_over_the_last_good_site()
    {
        await using var serve = await Served.StartAsync();
        await using var events = await serve.OpenEventsAsync();
        await events.WaitForAsync("event: hello");

        serve.Site.Write("-- content/plans/tinh.md --\n---\ntitle: \"Kế hoạch\nunit: [kon-tum\n---\nx\n");
        await events.WaitForAsync("event: failed");
        var page = await serve.Http.GetAsync(PlanPage);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Contains("tinh.md", await events.NextLineAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Toàn tỉnh ra quân đồng loạt.", html);
        Assert.Contains($"<div id=\"{LiveReload.OverlayId}\"", html);
        Assert.Contains("tinh.md", html);
        Assert.Contains("the YAML is not valid", html);
        Assert.Contains("Build failed", serve.Log.ToString());

        serve.Site.Write(EditedPlan("Đã sửa lỗi."));
        await events.WaitForAsync("event: reload");
        var fixedHtml = await serve.Http.GetStringAsync(PlanPage);
        Assert.Contains("Đã sửa lỗi.", fixedHtml);
        Assert.DoesNotContain($"<div id=\"{LiveReload.OverlayId}\"", fixedHtml);
    }

    [Fact]
    public async Task A_noncharacter_is_shown_as_an_error_and_the_next_save_is_served()
    {
        await using var serve = await Served.StartAsync();
        await using var events = await serve.OpenEventsAsync();
        await events.WaitForAsync("event: hello");

        serve.Site.Write(EditedPlan("Toàn tỉnh\uFFFE ra quân."));
        await events.WaitForAsync("event: failed");
        var html = await serve.Http.GetStringAsync(PlanPage);

        // The event's data is JSON, where "+" is written \u002B.
        Assert.Contains("tinh.md:6:10: error: the text holds U\\u002BFFFE", await events.NextLineAsync());
        Assert.Contains($"<div id=\"{LiveReload.OverlayId}\"", html);
        Assert.Contains("U+FFFE", html);
        Assert.Contains("tinh.md:6:10: error: the text holds U+FFFE", serve.Log.ToString());

        serve.Site.Write(EditedPlan("Đã xoá ký tự ẩn."));
        await events.WaitForAsync("event: reload");
        var fixedHtml = await serve.Http.GetStringAsync(PlanPage);
        Assert.Contains("Đã xoá ký tự ẩn.", fixedHtml);
        Assert.DoesNotContain($"<div id=\"{LiveReload.OverlayId}\"", fixedHtml);
    }

    [Fact]
    public async Task A_build_that_fails_on_an_unexpected_exception_is_reported_and_the_next_save_is_served()
    {
        var failing = new FailingTheme();
        await using var serve = await Served.StartAsync(wrap: theme => failing.Around(theme));
        await using var events = await serve.OpenEventsAsync();
        await events.WaitForAsync("event: hello");

        failing.Fail = true;
        serve.Site.Write(EditedPlan("Lần sửa thứ nhất."));
        await events.WaitForAsync("event: failed");
        var html = await serve.Http.GetStringAsync(PlanPage);

        Assert.Contains("the build stopped on an unexpected error (InvalidOperationException: the theme failed)", await events.NextLineAsync());
        Assert.Contains($"<div id=\"{LiveReload.OverlayId}\"", html);
        Assert.Contains("unexpected error", serve.Log.ToString());

        failing.Fail = false;
        serve.Site.Write(EditedPlan("Lần sửa thứ hai."));
        await events.WaitForAsync("event: reload");
        var fixedHtml = await serve.Http.GetStringAsync(PlanPage);
        Assert.Contains("Lần sửa thứ hai.", fixedHtml);
        Assert.DoesNotContain($"<div id=\"{LiveReload.OverlayId}\"", fixedHtml);
    }

    [Fact]
    public async Task An_unknown_unit_is_shown_with_a_suggestion()
    {
        await using var serve = await Served.StartAsync();
        await using var events = await serve.OpenEventsAsync();
        await events.WaitForAsync("event: hello");

        serve.Site.Write("-- content/plans/dak-la.md --\n---\ntitle: \"Phát động thi đua xã Đắk La năm 2024\"\ndate: 05/02/2024\nunit: dak-lla\n---\nx\n");
        await events.WaitForAsync("event: failed");

        Assert.Contains("did you mean \\u0022dak-la\\u0022?", await events.NextLineAsync());
    }

    [Fact]
    public async Task A_static_file_over_a_generated_page_is_shown_as_an_error_over_the_last_good_site()
    {
        await using var serve = await Served.StartAsync();
        await using var events = await serve.OpenEventsAsync();
        await events.WaitForAsync("event: hello");

        serve.Site.Write("-- content/static/index.html --\n<p>Trang tĩnh</p>\n");
        await events.WaitForAsync("event: failed");
        var home = await serve.Http.GetStringAsync("");

        Assert.Contains("static/index.html: error: the static file would overwrite the generated page \\u0022index.html\\u0022", await events.NextLineAsync());
        Assert.Contains("Ra quân 2024", home);
        Assert.DoesNotContain("Trang tĩnh", home);
        Assert.Contains($"<div id=\"{LiveReload.OverlayId}\"", home);
        Assert.Contains("rename or move it", home);
    }

    [Fact]
    public async Task With_theme_assets_from_a_folder_editing_the_stylesheet_reloads_the_page()
    {
        var assets = Directory.CreateTempSubdirectory("raquan-assets-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(assets, "site.css"), "body { color: black; }");
            await using var serve = await Served.StartAsync(assets);
            await using var events = await serve.OpenEventsAsync();
            await events.WaitForAsync("event: hello");
            var before = await serve.Http.GetStringAsync("assets/site.css");

            File.WriteAllText(Path.Combine(assets, "site.css"), "body { color: navy; }");
            await events.WaitForAsync("event: reload");

            Assert.Equal("body { color: black; }", before);
            Assert.Equal("body { color: navy; }", await serve.Http.GetStringAsync("assets/site.css"));
            Assert.Equal(HttpStatusCode.OK, (await serve.Http.GetAsync("assets/search.js")).StatusCode);
        }
        finally
        {
            Directory.Delete(assets, recursive: true);
        }
    }

    [Fact]
    public async Task Saving_a_view_partial_layout_or_asset_of_the_sites_theme_reloads_the_page_with_it()
    {
        await using var serve = await Served.StartAsync(files: ThemedSite);
        await using var events = await serve.OpenEventsAsync();
        await events.WaitForAsync("event: hello");
        Assert.Contains("<article class=\"ke-hoach-tinh\">", await serve.Http.GetStringAsync(PlanPage));

        await SaveAndReloadAsync(serve, events, "view",
            ThemedView.Replace("<h1>@Model.Plan.Title</h1>", "<h1 class=\"tieu-de-tinh\">@Model.Plan.Title</h1>", StringComparison.Ordinal));
        Assert.Contains("<h1 class=\"tieu-de-tinh\">Kế hoạch Lễ ra quân đầu năm 2024</h1>", await serve.Http.GetStringAsync(PlanPage));

        await SaveAndReloadAsync(serve, events, "partial", "-- content/themes/quang-ngai/Shared/LoiCamOn.cshtml --\n@inherits ThemeTemplate<string>\n<p class=\"loi-cam-on\">Kính gửi, @Model</p>\n");
        Assert.Contains("<p class=\"loi-cam-on\">Kính gửi, Ủy ban nhân dân tỉnh Quảng Ngãi</p>", await serve.Http.GetStringAsync(PlanPage));

        await SaveAndReloadAsync(serve, events, "layout", ThemedLayout.Replace("giao-dien-tinh", "giao-dien-tinh-moi", StringComparison.Ordinal));
        Assert.Contains("<body class=\"giao-dien-tinh-moi\">", await serve.Http.GetStringAsync(""));

        await SaveAndReloadAsync(serve, events, "asset", "-- content/themes/quang-ngai/assets/site.css --\nbody { color: navy; }\n");
        Assert.Equal("body { color: navy; }", (await serve.Http.GetStringAsync("assets/site.css")).Trim());
    }

    [Fact]
    public async Task A_template_error_shows_in_the_overlay_at_its_line_and_column_and_clears_when_fixed()
    {
        await using var serve = await Served.StartAsync(files: ThemedSite);
        await using var events = await serve.OpenEventsAsync();
        await events.WaitForAsync("event: hello");

        // A C# error: the compiler's message at the template's line and column, over the last good page.
        serve.Site.Write(ThemedView.Replace("@Model.Plan.Title", "@Model.Plan.Tittle", StringComparison.Ordinal));
        await events.WaitForAsync("event: failed");
        // The event's data is JSON, where "'" is written \u0027.
        Assert.Contains("themes/quang-ngai/Views/PlanView.cshtml:3:19: error: template error: \\u0027Plan\\u0027 does not contain a definition for \\u0027Tittle\\u0027", await events.NextLineAsync());
        var broken = new HtmlParser().ParseDocument(await serve.Http.GetStringAsync(PlanPage));
        Assert.Contains("themes/quang-ngai/Views/PlanView.cshtml:3:19: error: template error: 'Plan' does not contain a definition for 'Tittle'", broken.GetElementById(LiveReload.OverlayId)!.TextContent);
        Assert.NotNull(broken.QuerySelector("article.ke-hoach-tinh"));
        Assert.Contains("PlanView.cshtml:3:19", serve.Log.ToString());

        // A Razor syntax error in a partial.
        serve.Site.Write("-- content/themes/quang-ngai/Shared/LoiCamOn.cshtml --\n@inherits ThemeTemplate<string>\n@if (Model.Length > 0) {\n<p>@Model</p>\n");
        await events.WaitForAsync("event: failed");
        Assert.Contains("themes/quang-ngai/Shared/LoiCamOn.cshtml:2:2: error: template error: The if block is missing a closing", await events.NextLineAsync());
        var stillBroken = new HtmlParser().ParseDocument(await serve.Http.GetStringAsync(PlanPage));
        Assert.Contains("LoiCamOn.cshtml:2:2", stillBroken.GetElementById(LiveReload.OverlayId)!.TextContent);

        serve.Site.Write(ThemedView.Replace("<h1>", "<h1 class=\"da-sua\">", StringComparison.Ordinal) + ThemedPartial);
        await events.WaitForAsync("event: reload");
        var fixedPage = new HtmlParser().ParseDocument(await serve.Http.GetStringAsync(PlanPage));
        Assert.Null(fixedPage.GetElementById(LiveReload.OverlayId));
        Assert.NotNull(fixedPage.QuerySelector("article.ke-hoach-tinh h1.da-sua"));
    }

    private const string ThemedView = """
        -- content/themes/quang-ngai/Views/PlanView.cshtml --
        @inherits ThemeTemplate<PlanPageModel>
        <article class="ke-hoach-tinh">
          <h1>@Model.Plan.Title</h1>
          <div class="than">@BodySlot.Page</div>
          @await Partial("LoiCamOn", Model.Site.Config.Publisher.Name)
        </article>

        """;

    private const string ThemedPartial = """
        -- content/themes/quang-ngai/Shared/LoiCamOn.cshtml --
        @inherits ThemeTemplate<string>
        <p class="loi-cam-on">Xin cảm ơn, @Model</p>

        """;

    private const string ThemedLayout = """
        -- content/themes/quang-ngai/Layout/Document.cshtml --
        @inherits ThemeTemplate<PageModel>
        <!DOCTYPE html>
        <html lang="@Model.Language">
        <head><meta charset="utf-8"><title>@Model.DocumentTitle</title>@await RenderSectionAsync("Head", required: false)</head>
        <body class="giao-dien-tinh"><header class="dau-trang">@Model.Site.Config.Title</header><main>@RenderBody()</main></body>
        </html>

        """;

    private const string ThemedSite = SampleFiles.QuangNgaiThemeSite + """
        -- content/themes/quang-ngai/assets/site.css --
        body { color: black; }

        """ + ThemedView + ThemedPartial + ThemedLayout;

    /// <summary>Saves <paramref name="files"/> and waits for the reload event, printing how long it took.</summary>
    private async Task SaveAndReloadAsync(Served serve, EventStream events, string what, string files)
    {
        var clock = Stopwatch.StartNew();
        serve.Site.Write(files);
        await events.WaitForAsync("event: reload");
        output.WriteLine($"{what} saved, reload sent after {clock.ElapsedMilliseconds} ms");
    }

    private static string EditedPlan(string body) =>
        $"-- content/plans/tinh.md --\n---\ntitle: \"Kế hoạch Lễ ra quân đầu năm 2024\"\ndate: 2024-01-25\nunit: kon-tum\n---\n{body}\n";

    private static async Task<(int Status, string Body)> RawGetAsync(string url, string target)
    {
        var uri = new Uri(url);
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(Limit);
        await client.ConnectAsync(uri.Host, uri.Port, timeout.Token);
        await using var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request, timeout.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(timeout.Token);
        var status = int.Parse(response.Split(' ', 3)[1], CultureInfo.InvariantCulture);
        return (status, response);
    }

    /// <summary>A test site served by a <see cref="DevServer"/> on a free port; disposing stops the server.</summary>
    private sealed class Served : IAsyncDisposable
    {
        private readonly DefaultTheme _theme;

        private Served(TestSite site, DefaultTheme theme, DevServer server, StringWriter log)
        {
            (Site, _theme, Server, Log) = (site, theme, server, log);
            Http = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = Limit };
        }

        public TestSite Site { get; }
        public DevServer Server { get; }
        public HttpClient Http { get; }
        public StringWriter Log { get; }

        /// <param name="themeAssets">A folder of theme assets, as <c>--theme-assets</c> gives.</param>
        /// <param name="wrap">A theme around the default one, for a test that makes rendering fail.</param>
        /// <param name="files">Files written over the served site, as <see cref="TestSite.Write"/> takes them.</param>
        public static async Task<Served> StartAsync(string? themeAssets = null, Func<ITheme, ITheme>? wrap = null, string files = "")
        {
            var site = TestSite.Create("""
                -- content/static/su-kien.ics --
                BEGIN:VCALENDAR
                END:VCALENDAR
                -- content/static/du-lieu.json --
                {}
                -- content/static/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """ + "\n" + files);
            var theme = new DefaultTheme();
            var now = DateTimeOffset.Parse(TestSite.DefaultNow, CultureInfo.InvariantCulture);
            var log = new StringWriter();
            var options = new DevServerOptions(new BuildOptions(site.Content, site.Output, now), Port: 0, ThemeAssets: themeAssets);
            var server = await DevServer.StartAsync(options, wrap is null ? theme : wrap(theme), TextWriter.Synchronized(log));
            return new Served(site, theme, server, log);
        }

        public async Task<EventStream> OpenEventsAsync()
        {
            var response = await Http.GetAsync(LiveReload.EventsPath, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
            return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Server.DisposeAsync();
            await _theme.DisposeAsync();
            Site.Dispose();
        }
    }

    private sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IAsyncDisposable
    {
        /// <summary>Reads lines until one equals <paramref name="line"/>; fails after the time limit.</summary>
        public async Task<string> WaitForAsync(string line)
        {
            using var timeout = new CancellationTokenSource(Limit);
            while (await reader.ReadLineAsync(timeout.Token) is { } read)
            {
                if (read == line)
                {
                    return read;
                }
            }

            throw new InvalidOperationException($"the event stream ended before \"{line}\"");
        }

        public async Task<string> NextLineAsync()
        {
            using var timeout = new CancellationTokenSource(Limit);
            return await reader.ReadLineAsync(timeout.Token) ?? "";
        }

        public ValueTask DisposeAsync()
        {
            reader.Dispose();
            response.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>The default theme, failing every page with an exception while <see cref="Fail"/> is set.</summary>
    private sealed class FailingTheme
    {
        private volatile bool _fail;

        public bool Fail
        {
            get => _fail;
            set => _fail = value;
        }

        public ITheme Around(ITheme theme) => new Wrapper(this, theme);

        private sealed class Wrapper(FailingTheme owner, ITheme theme) : ITheme
        {
            public IReadOnlyList<ThemeAsset> Assets => theme.Assets;

            public Task<byte[]> RenderAsync(PageModel page) =>
                owner.Fail ? throw new InvalidOperationException("the theme failed") : theme.RenderAsync(page);

            public Task RenderAsync(PageModel page, PageBytes write) =>
                owner.Fail ? throw new InvalidOperationException("the theme failed") : theme.RenderAsync(page, write);
        }
    }
}
