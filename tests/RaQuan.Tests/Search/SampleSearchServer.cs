namespace RaQuan.Tests.Search;

/// <summary>The sample search site, built once for a test class and served under its base path.</summary>
public sealed class SampleSearchServer : IAsyncLifetime
{
    private TestSite? _site;

    internal StaticServer Server { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(TestEnvironment.ChromiumPath))
        {
            return;
        }

        _site = SampleSearchSite.Build();
        Server = await StaticServer.StartAsync(_site.Output, "/ra-quan-2024/");
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        _site?.Dispose();
    }
}
