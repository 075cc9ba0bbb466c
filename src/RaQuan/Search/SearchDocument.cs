using System.Diagnostics.CodeAnalysis;

namespace RaQuan.Search;

/// <summary>One thing a reader can find with the site's search: a plan, and later a ceremony or a result table.</summary>
public sealed record SearchDocument
{
    public SearchDocument()
    {
    }

    /// <summary>A document of <paramref name="kind"/> at <paramref name="path"/>, filed under <paramref name="unit"/>, with no text until <see cref="Body"/> is given.</summary>
    [SetsRequiredMembers]
    public SearchDocument(string kind, string path, string title, Unit unit) => (Kind, Path, Title, Unit, Body) = (kind, path, title, unit, () => "");

    /// <summary>What the result is, as shown beside it: "Kế hoạch".</summary>
    public required string Kind { get; init; }

    /// <summary>Path of its page, relative to the base URL.</summary>
    public required string Path { get; init; }

    public required string Title { get; init; }

    /// <summary>The unit it belongs to; the unit filter and the document order follow it.</summary>
    public required Unit Unit { get; init; }

    public DateOnly? Date { get; init; }
    public string? Number { get; init; }

    /// <summary>A sentence or two shown under the title; when missing, the start of the body is shown.</summary>
    public string? Summary { get; init; }

    /// <summary>Names it is found by besides its title: unit, issuer, number, tags, place.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>The plain text of its body, made when the index reads it so a large site's bodies are never all held at once.</summary>
    public required Func<string> Body { get; init; }

    /// <summary>
    /// The content file the body is read from, when it is a plan's: <c>raquan serve</c> reuses the document's
    /// analysis while that file and the document's other fields are unchanged.
    /// </summary>
    public string? BodyFile { get; init; }

    /// <summary>
    /// What the index reads the document's words and summary from, with <paramref name="body"/> standing for its
    /// text (the text itself, or a stamp of the file it is read from): two documents with one key have the same
    /// words. <see cref="SearchIndexBuilder.Read"/> reads the title, the names, the summary and the body.
    /// </summary>
    internal string WordsKey(string body) =>
        string.Join('\n', Kind, Title, Unit.Slug, Date, Number, Summary is null ? "\u0000" : Summary + "\u0001", string.Join('\t', Names), body);
}
