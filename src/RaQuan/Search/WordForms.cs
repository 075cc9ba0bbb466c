using System.Collections;

namespace RaQuan.Search;

/// <summary>
/// The accented forms one word takes in one document, in the order first met. Nearly every word is written one
/// way only, so the first form is kept inline, in the document's table of words, and a list is made only for a
/// second one: an object per word per document was most of the cost of indexing a large site.
/// </summary>
internal struct WordForms(string first) : IEnumerable<string>
{
    private List<string>? _more;

    public readonly string First => first;

    /// <summary>Whether the word was written one way only.</summary>
    public readonly bool IsSingle => _more is null;

    public void Add(string form)
    {
        if (form != first && _more?.Contains(form) != true)
        {
            (_more ??= []).Add(form);
        }
    }

    private readonly int Count => 1 + (_more?.Count ?? 0);

    /// <summary>Whether both hold the same forms, in whatever order they were met.</summary>
    public readonly bool SetEquals(WordForms other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        foreach (var form in this)
        {
            if (!other.Contains(form))
            {
                return false;
            }
        }

        return true;
    }

    private readonly bool Contains(string form) => form == first || _more?.Contains(form) == true;

    public readonly Enumerator GetEnumerator() => new(first, _more);

    readonly IEnumerator<string> IEnumerable<string>.GetEnumerator() => GetEnumerator();

    readonly IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The forms without an allocation.</summary>
    public struct Enumerator(string first, List<string>? more) : IEnumerator<string>
    {
        private int _index = -1;

        public readonly string Current => _index == 0 ? first : more![_index - 1];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index <= (more?.Count ?? 0);

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
