namespace RaQuan.Documents;

/// <summary>
/// The issuing committee: from the header when it survived the copy, otherwise from the sentence in which the
/// committee introduces the document ("Ủy ban nhân dân tỉnh ban hành Kế hoạch …"). When that sentence names only the
/// level, the name is the unit of that level the document speaks about: in its title first, then in its text.
/// </summary>
internal static class IssuerReader
{
    private const string Committee = "Ủy ban nhân dân";

    public static Locality? Read(IReadOnlyList<SourceLine> lines, DocumentHeader header, int bodyEnd)
    {
        // The issuer is the last agency line; "ỦY BAN NHÂN DÂN" and "HUYỆN ĐẮK HÀ" are often split over two lines.
        for (var i = header.Agency.Count - 1; i >= 0; i--)
        {
            var m = IssuerPatterns.Header().Match(header.Agency[i]);
            if (!m.Success && i > 0)
            {
                m = IssuerPatterns.Header().Match(header.Agency[i - 1] + " " + header.Agency[i]);
            }

            if (m.Success)
            {
                return new Locality(VietnameseCase.Title(m.Groups["name"].Value.Trim()), m.Groups["level"].Value.ToLowerInvariant());
            }
        }

        for (var i = header.BodyStart; i < bodyEnd; i++)
        {
            if (IssuerPatterns.Subject().Match(lines[i].Plain) is { Success: true } m)
            {
                var level = m.Groups["level"].Value;
                var name = m.Groups["name"].Success ? m.Groups["name"].Value : NameOf(level, lines, header, bodyEnd);
                return name is null ? null : new Locality(name, level);
            }
        }

        return null;
    }

    public static string Issuer(Locality locality) => $"{Committee} {locality.Level} {locality.Name}";

    private static string? NameOf(string level, IReadOnlyList<SourceLine> lines, DocumentHeader header, int bodyEnd)
    {
        var texts = new List<string>();
        if (header.Title is { } title)
        {
            texts.Add(title);
        }

        // A commune's document is dated at the commune; a province's at its capital, which has another name.
        if (header.Place is { } place && level is "xã" or "phường" or "thị trấn")
        {
            texts.Add($"{level} {place}");
        }

        texts.AddRange(lines.Skip(header.BodyStart).Take(bodyEnd - header.BodyStart).Select(l => l.Plain));
        foreach (var text in texts)
        {
            foreach (var m in IssuerPatterns.Named().Matches(text).Cast<System.Text.RegularExpressions.Match>())
            {
                if (m.Groups["level"].Value == level)
                {
                    return m.Groups["name"].Value;
                }
            }
        }

        return null;
    }
}
