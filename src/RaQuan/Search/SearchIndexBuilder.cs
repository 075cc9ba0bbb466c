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

    // The words the thread's last analysis met, in the order met.
    [ThreadStatic]
    private static List<FoldedWord>? _met;

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

        // The documents are made on both cores (0.15 s on one at 50,000 plans, before any page), then sorted by
        // unit, newest first, then path, then as given, as a stable sort would. Not a parallel OrderBy: its nested
        // generic keys made the Native AOT compiler run for minutes and give up on methods it needed.
        var keyed = documents.AsParallel().AsOrdered()
            .Select((d, i) => (Unit: unitOrder[d.Unit], Date: d.Date ?? DateOnly.MinValue, Index: i, Document: d))
            .ToArray();
        Array.Sort(keyed, (a, b) =>
            a.Unit != b.Unit ? a.Unit.CompareTo(b.Unit)
            : a.Date != b.Date ? b.Date.CompareTo(a.Date)
            : string.CompareOrdinal(a.Document.Path, b.Document.Path) is var byPath and not 0 ? byPath
            : a.Index.CompareTo(b.Index));
        return keyed.Select(k => k.Document).ToList();
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
    public static DocumentWords Analyse(SearchDocument document)
    {
        var (met, summary) = Read(document);
        var words = new Dictionary<string, (SearchField, WordForms)>(met.Count, StringComparer.Ordinal);
        foreach (var word in met)
        {
            words.Add(word.Folded, (word.Fields, word.Forms));
        }

        return new DocumentWords(words, summary);
    }

    /// <summary>
    /// The words of one document as this thread's <see cref="FoldedWord"/>s, with the fields and forms the document
    /// gave each, and its summary. The list and the words' notes are this thread's, good until its next analysis.
    /// </summary>
    public static (List<FoldedWord> Words, string Summary) Read(SearchDocument document)
    {
        var body = document.Body();
        var met = _met ??= [];
        met.Clear();
        SearchWords.StartDocument();
        var analysis = ++_analysis;
        Collect(met, document.Title, SearchField.Title, analysis);
        CollectJoined(met, document.Title, SearchField.Title, analysis);
        foreach (var name in document.Names)
        {
            Collect(met, name, SearchField.Names, analysis);
            CollectJoined(met, name, SearchField.Names, analysis);
        }

        Collect(met, document.Summary ?? "", SearchField.Body, analysis);
        Collect(met, body, SearchField.Body, analysis);
        CollectJoined(met, document.Summary ?? "", SearchField.Body, analysis);
        CollectJoined(met, body, SearchField.Body, analysis);
        return (met, Shorten(document.Summary ?? body));
    }

    private static void Collect(List<FoldedWord> met, string text, SearchField field, long analysis)
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
            foreach (var (word, accented) in spelling.Words)
            {
                if (word.Meet(analysis, field, accented))
                {
                    met.Add(word);
                }
            }
        }
    }

    /// <summary>
    /// Each two words that stand together, also as one word ("Đắk Hà" gives "dakha"): a query typed without the
    /// space ("dakha") finds the name, and the search page ranks documents where the query's words stand together
    /// ("dak ha", "dân vận") above those that hold them apart ("Đắk" here, "ha" of hectares there; "dân" here,
    /// "văn" there). A body's pairs keep only their folded form: the search page asks for pairs without diacritics,
    /// and one form a word needs no list of forms.
    /// </summary>
    private static void CollectJoined(List<FoldedWord> met, string text, SearchField field, long analysis)
    {
        var accentedPairs = field != SearchField.Body;
        (string Folded, string Accented)? previous = null;
        foreach (var spelling in SearchWords.Of(text))
        {
            foreach (var (word, accented) in spelling.Words)
            {
                if (previous is var (folded, previousAccented))
                {
                    // The thread's own word when the pair is a word too, so a document lists each word once.
                    var pair = SearchWords.Word(folded, word.Folded);
                    if (pair.Meet(analysis, field, accentedPairs ? previousAccented + accented : pair.Folded))
                    {
                        met.Add(pair);
                    }
                }

                previous = (word.Folded, accented);
            }
        }
    }

    /// <summary>The first <see cref="SummaryLength"/> characters or so, cut at a space, with whitespace collapsed.</summary>
    private static string Shorten(string text)
    {
        // Only the start is shown: splitting a whole 50 KB body to keep 200 characters of it was most of the cost.
        // Whitespace runs become one space, none at either end, as splitting at char.IsWhiteSpace and joining gave.
        var start = text.AsSpan(0, Math.Min(text.Length, SummaryLength * 4));
        Span<char> flat = stackalloc char[start.Length];
        var length = 0;
        var space = false;
        foreach (var c in start)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                flat[length++] = ' ';
                space = false;
            }

            flat[length++] = c;
        }

        if (length <= SummaryLength)
        {
            return new string(flat[..length]);
        }

        var cut = flat[..(SummaryLength + 1)].LastIndexOf(' ');
        return string.Concat(flat[..(cut > SummaryLength / 2 ? cut : SummaryLength)], " …");
    }
}
