using RaQuan.Output;
using RaQuan.Search;

namespace RaQuan.Tests.Search;

/// <summary>The files an index writes, by path, to compare two ways of building it.</summary>
internal static class IndexFiles
{
    public const string Folder = "tim-kiem/du-lieu/";

    public static IReadOnlyDictionary<string, byte[]> Of(SearchIndex index, SearchIndexCache? cache = null)
    {
        var sink = OutputSink.InMemory();
        SearchIndexWriter.Write(index, Folder, sink, cache);
        return sink.Files;
    }
}
