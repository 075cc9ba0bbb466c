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

    private sealed class NoShardCache : IShardCache
    {
        public EncodedShard Shard(string shard, Func<EncodedShard> encode) => encode();
    }
}
