namespace RaQuan.Search;

/// <summary>
/// The files of one word shard as written: <c>w/SHARD.json</c> and the postings files it refers to,
/// <c>p/SHARD/N.json</c> for N from 0.
/// </summary>
internal sealed record EncodedShard(byte[] Words, IReadOnlyList<byte[]> Postings)
{
    /// <summary>Whether these are the bytes of the shard's published files, which can then be kept as they are.</summary>
    public bool AsPublished { get; init; }

    /// <summary>Whether the shard was not read: it is its published files, whose bytes it does not hold (only their number).</summary>
    public bool Unread { get; private init; }

    /// <summary>A published shard of <paramref name="files"/> files known unchanged without reading them: kept as it is, never written.</summary>
    public static EncodedShard Published(int files) =>
        new([], [.. Enumerable.Repeat(Array.Empty<byte>(), files - 1)]) { AsPublished = true, Unread = true };
}
