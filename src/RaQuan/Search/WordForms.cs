using System.Collections;

namespace RaQuan.Search;

/// <summary>
/// The accented forms one word takes in one document, in the order first met. Nearly every word is written one
/// way only, so the first form is kept inline and a list is made only for a second one: a set per word per
/// document was most of the cost of indexing a large site.
/// </summary>
internal sealed class WordForms(string first) : IEnumerable<string>
{
    private List<string>? _more;

    public void Add(string form)
    {
        if (form != first && _more?.Contains(form) != true)
        {
            (_more ??= []).Add(form);
        }
    }

    private int Count => 1 + (_more?.Count ?? 0);

    /// <summary>Whether both hold the same forms, in whatever order they were met.</summary>
    public bool SetEquals(WordForms other) => Count == other.Count && this.All(other.Contains);

    private bool Contains(string form) => form == first || _more?.Contains(form) == true;

    public IEnumerator<string> GetEnumerator()
    {
        yield return first;
        if (_more is not null)
        {
            foreach (var form in _more)
            {
                yield return form;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
