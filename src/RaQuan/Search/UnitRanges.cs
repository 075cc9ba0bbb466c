namespace RaQuan.Search;

/// <summary>
/// For each unit, in tree order: [slug, title, parent index (-1 for a root), first document, end of its own documents,
/// end of the documents of it and the units under it, [[year, first, end], …]]. Ends are exclusive.
/// </summary>
internal static class UnitRanges
{
    public static void Write(Utf8JsonWriter w, SearchIndex index)
    {
        var position = index.Units.Select((u, i) => (u, i)).ToDictionary(p => p.u, p => p.i);
        var own = new (int Start, int End)[index.Units.Count];
        var next = 0;
        for (var u = 0; u < index.Units.Count; u++)
        {
            var start = next;
            while (next < index.Documents.Count && position[index.Documents[next].Unit] == u)
            {
                next++;
            }

            own[u] = (start, next);
        }

        w.WriteStartArray();
        for (var u = 0; u < index.Units.Count; u++)
        {
            var unit = index.Units[u];
            var last = u + unit.SelfAndDescendants().Count() - 1;
            w.WriteStartArray();
            w.WriteStringValue(unit.Slug);
            w.WriteStringValue(unit.Title);
            w.WriteNumberValue(unit.Parent is { } parent ? position[parent] : -1);
            w.WriteNumberValue(own[u].Start);
            w.WriteNumberValue(own[u].End);
            w.WriteNumberValue(own[last].End);
            w.WriteStartArray();
            for (var id = own[u].Start; id < own[u].End;)
            {
                var year = index.Documents[id].Date?.Year ?? 0;
                var first = id;
                while (id < own[u].End && (index.Documents[id].Date?.Year ?? 0) == year)
                {
                    id++;
                }

                w.WriteStartArray();
                w.WriteNumberValue(year);
                w.WriteNumberValue(first);
                w.WriteNumberValue(id);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }
}
