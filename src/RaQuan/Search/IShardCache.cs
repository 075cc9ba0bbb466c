namespace RaQuan.Search;

/// <summary>
/// Encoded shards of the search index kept from an earlier build, which <see cref="SearchIndexWriter"/> reuses: a
/// serve session's <see cref="SearchIndexCache"/>, or <see cref="None"/>, which encodes every shard.
/// </summary>
internal interface IShardCache
{
    static IShardCache None { get; } = new NoShardCache();

    /// <summary>A shard's files: kept when none of its words changed, else <paramref name="encode"/>d.</summary>
    EncodedShard Shard(string shard, Func<EncodedShard> encode);

    /// <summary>
    /// Publishes the published files of a shard whose bytes are unchanged as they are, into <paramref name="folder"/>
    /// of the site; false when the shard's files are to be written.
    /// </summary>
    bool KeepPublished(string folder, string shard, EncodedShard encoded, Output.OutputSink sink) => false;

    private sealed class NoShardCache : IShardCache
    {
        public EncodedShard Shard(string shard, Func<EncodedShard> encode) => encode();
    }
}
