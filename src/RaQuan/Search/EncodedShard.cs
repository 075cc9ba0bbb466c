namespace RaQuan.Search;

/// <summary>
/// The files of one word shard as written: <c>w/SHARD.json</c> and the postings files it refers to,
/// <c>p/SHARD/N.json</c> for N from 0.
/// </summary>
internal sealed record EncodedShard(byte[] Words, IReadOnlyList<byte[]> Postings)
{
    /// <summary>Whether these are the bytes of the shard's published files, which can then be kept as they are.</summary>
    public bool AsPublished { get; init; }
}
