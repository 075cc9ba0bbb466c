namespace RaQuan.Search;

/// <summary>Where in a document a word was found; a bit each, so one posting carries them all.</summary>
[Flags]
internal enum SearchField : byte
{
    None = 0,
    Title = 1,
    Names = 2,
    Body = 4,
}
