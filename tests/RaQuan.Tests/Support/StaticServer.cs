using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace RaQuan.Tests.Support;

/// <summary>Serves a built site on a free loopback port under its base path, as a static host would.</summary>
internal sealed class StaticServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticServer(WebApplication app, string baseUrl) => (_app, BaseUrl) = (app, baseUrl);

    /// <summary>The site's address, ending with the base path: "http://127.0.0.1:PORT/ra-quan-2024/".</summary>
    public string BaseUrl { get; }

    public static async Task<StaticServer> StartAsync(string root, string basePath = "/")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        var path = basePath.TrimEnd('/');
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = path });
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".ics"] = "text/calendar";
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = path, ContentTypeProvider = types });
        await app.StartAsync();
        var address = app.Urls.First().TrimEnd('/');
        return new StaticServer(app, address + path + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
