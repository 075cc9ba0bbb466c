using System.Runtime.InteropServices;
using RaQuan.Model;

namespace RaQuan.Search;

/// <summary>
/// Numbers the documents and collects the postings of every folded word. Documents are numbered unit by unit in
/// the order of the units tree (each unit's own documents newest first, then the units under it), so the documents
/// of a unit, of a unit and everything under it, or of a unit in one year, are each one range of numbers: the
/// unit and year filters need no per-document table in the browser.
/// </summary>
internal static class SearchIndexBuilder
{
    private const int SummaryLength = 200;

    // Numbers this thread's analyses, for the spellings to note which one met them last (Spelling.Document).
    [ThreadStatic]
    private static long _analysis;

    /// <summary>
    /// The whole index, every document read here; a full build fills a <see cref="SearchIndexStream"/> as the plans
    /// render, and a serve session patches its own (<see cref="SearchIndexCache"/>).
    /// </summary>
    public static SearchIndex Build(IEnumerable<SearchDocument> documents, IReadOnlyList<Unit> units) =>
        new SearchIndexStream(documents, units).Finish();

    /// <summary>The documents in id order.</summary>
    public static List<SearchDocument> Order(IEnumerable<SearchDocument> documents, IReadOnlyList<Unit> units)
    {
        var unitOrder = units.Select((u, i) => (u, i)).ToDictionary(p => p.u, p => p.i);
        return documents
            .OrderBy(d => unitOrder[d.Unit])
            .ThenByDescending(d => d.Date ?? DateOnly.MinValue)
            .ThenBy(d => d.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The words of each document, in id order.</summary>
    /// <param name="reuse">
    /// A serve session's store of earlier analyses: given a document and the way to analyse it, returns a kept
    /// analysis when the document is unchanged. Null analyses every document.
    /// </param>
    public static IEnumerable<DocumentWords> Analyse(
        IReadOnlyList<SearchDocument> ordered, Func<SearchDocument, Func<DocumentWords>, DocumentWords>? reuse = null) =>
        ordered.AsParallel().AsOrdered().Select(d => reuse is null ? Analyse(d) : reuse(d, () => Analyse(d)));

    /// <summary>Adds the words of document <paramref name="id"/> to the postings.</summary>
    public static void Add(Dictionary<string, TokenPostings> tokens, int id, DocumentWords words)
    {
        foreach (var (folded, (fields, accented)) in words.Words)
        {
            Add(tokens, id, folded, fields, accented);
        }
    }

    /// <summary>Adds document <paramref name="id"/> to the postings of one word.</summary>
    public static void Add(Dictionary<string, TokenPostings> tokens, int id, string folded, SearchField fields, WordForms accented)
    {
        if (!tokens.TryGetValue(folded, out var postings))
        {
            tokens[folded] = postings = new TokenPostings();
        }

        postings.Add(id, fields, accented);
    }

    /// <summary>The words and summary of one document.</summary>
    /// <param name="into">An empty table to fill, for a caller that reuses it once the words are merged.</param>
    public static DocumentWords Analyse(SearchDocument document, Dictionary<string, (SearchField, WordForms)>? into = null)
    {
        var body = document.Body();
        var words = into ?? new Dictionary<string, (SearchField, WordForms)>(StringComparer.Ordinal);
        var analysis = ++_analysis;
        Collect(words, document.Title, SearchField.Title, analysis);
        foreach (var name in document.Names)
        {
            Collect(words, name, SearchField.Names, analysis);
        }

        Collect(words, document.Summary ?? "", SearchField.Body, analysis);
        Collect(words, body, SearchField.Body, analysis);
        return new DocumentWords(words, Shorten(document.Summary ?? body));
    }

    private static void Collect(Dictionary<string, (SearchField Fields, WordForms Forms)> words, string text, SearchField field, long analysis)
    {
        foreach (var spelling in SearchWords.Of(text))
        {
            // A spelling met again in a field it was met in already adds nothing: most words of a plan repeat.
            if (spelling.Document != analysis)
            {
                spelling.Document = analysis;
                spelling.Fields = 0;
            }
            else if ((spelling.Fields & field) == field)
            {
                continue;
            }

            spelling.Fields |= field;
            foreach (var (folded, accented) in spelling.Words)
            {
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(words, folded, out var exists);
                if (exists)
                {
                    entry.Forms.Add(accented);
                    entry.Fields |= field;
                }
                else
                {
                    entry = (field, new WordForms(accented));
                }
            }
        }
    }

    /// <summary>The first <see cref="SummaryLength"/> characters or so, cut at a space, with whitespace collapsed.</summary>
    private static string Shorten(string text)
    {
        // Only the start is shown: splitting a whole 50 KB body to keep 200 characters of it was most of the cost.
        var start = text.Length > SummaryLength * 4 ? text[..(SummaryLength * 4)] : text;
        var flat = string.Join(' ', start.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= SummaryLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', SummaryLength);
        return flat[..(cut > SummaryLength / 2 ? cut : SummaryLength)] + " …";
    }
}
