namespace RaQuan.Search;

/// <summary>
/// The files of one word shard as written: <c>w/SHARD.json</c> and the postings files it refers to, numbered
/// from <paramref name="FirstPostings"/> (the numbers run on across shards in shard order).
/// </summary>
internal sealed record EncodedShard(byte[] Words, IReadOnlyList<byte[]> Postings, int FirstPostings);
