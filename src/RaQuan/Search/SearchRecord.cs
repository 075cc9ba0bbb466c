namespace RaQuan.Search;

/// <summary>The size and modification time a published file had when a build recorded it.</summary>
internal readonly record struct FileStamp(long Length, long Written)
{
    /// <summary>The file's stamp now; null when it is missing or is not a regular file (a link, a folder).</summary>
    public static FileStamp? Of(string file) =>
        Output.FileStatus.Of(file, out var length, out var written) == Output.FileStatus.Kind.Regular ? new FileStamp(length, written) : null;
}

/// <summary>
/// A document of a published search index: its page, what its words were read from (a hash), its summary, and the
/// shards its words fall in (a bit each, in the order of <see cref="SearchRecord.Shards"/>; null when not known).
/// </summary>
internal sealed record RecordedDocument(string Path, byte[] Key, string Summary, byte[]? Shards = null);

/// <summary>A word shard as published: the stamps of its files, in the order of <see cref="SearchIndexWriter.FilesOf"/>.</summary>
internal sealed record RecordedShard(string Name, IReadOnlyList<FileStamp> Files);

/// <summary>
/// What an incremental build recorded of the search index it published, for the next build to patch it
/// (<see cref="RecordedSearchIndex"/>): the documents in number order, the units they were numbered by, and the
/// shards with the stamps of their files, so that a file changed since is noticed and never read as the index.
/// </summary>
internal sealed record SearchRecord(IReadOnlyList<string> Units, IReadOnlyList<RecordedDocument> Documents, IReadOnlyList<RecordedShard> Shards)
{
    public void Write(BinaryWriter w)
    {
        w.Write(Units.Count);
        foreach (var unit in Units)
        {
            w.Write(unit);
        }

        w.Write(Documents.Count);
        foreach (var document in Documents)
        {
            w.Write(document.Path);
            w.Write(document.Key.Length);
            w.Write(document.Key);
            w.Write(document.Summary);
            w.Write(document.Shards?.Length ?? -1);
            if (document.Shards is { } shards)
            {
                w.Write(shards);
            }
        }

        w.Write(Shards.Count);
        foreach (var shard in Shards)
        {
            w.Write(shard.Name);
            w.Write(shard.Files.Count);
            foreach (var file in shard.Files)
            {
                w.Write(file.Length);
                w.Write(file.Written);
            }
        }
    }

    public static SearchRecord Read(BinaryReader r)
    {
        var units = new string[r.ReadInt32()];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = r.ReadString();
        }

        var documents = new RecordedDocument[r.ReadInt32()];
        for (var i = 0; i < documents.Length; i++)
        {
            var (path, key, summary) = (r.ReadString(), r.ReadBytes(r.ReadInt32()), r.ReadString());
            var shardBits = r.ReadInt32();
            documents[i] = new RecordedDocument(path, key, summary, shardBits < 0 ? null : r.ReadBytes(shardBits));
        }

        var shards = new RecordedShard[r.ReadInt32()];
        for (var i = 0; i < shards.Length; i++)
        {
            var name = r.ReadString();
            var files = new FileStamp[r.ReadInt32()];
            for (var f = 0; f < files.Length; f++)
            {
                files[f] = new FileStamp(r.ReadInt64(), r.ReadInt64());
            }

            shards[i] = new RecordedShard(name, files);
        }

        return new SearchRecord(units, documents, shards);
    }
}
