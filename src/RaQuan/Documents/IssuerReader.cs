namespace RaQuan.Documents;

/// <summary>
/// The issuing committee: from the header when it survived the copy, otherwise from the sentence in which the
/// committee introduces the document ("Ủy ban nhân dân tỉnh ban hành Kế hoạch …"). When that sentence names only the
/// level, the name is the unit of that level the document speaks about: in its title first, then in its text.
/// </summary>
internal static class IssuerReader
{
    private const string Committee = "Ủy ban nhân dân";

    /// <summary>The issuer's name and the unit it names; null when neither the header nor the text names it.</summary>
    public static (string Issuer, Locality? Locality)? Read(IReadOnlyList<SourceLine> lines, DocumentHeader header, int bodyEnd)
    {
        // ND 30/2020 puts the superior body's name above the issuer's; the issuer is the last body in the header.
        var bodies = Bodies(header.Agency);
        if (bodies.Count > 0 && FromHeader(bodies) is { } fromHeader)
        {
            return fromHeader;
        }

        if (header.Agency.Select(a => IssuerPatterns.Authority().Match(a.Trim(' ', '|'))).FirstOrDefault(a => a.Success) is { } authority)
        {
            var level = authority.Groups["level"].Value.ToLowerInvariant();
            var name = authority.Groups["name"].Value.Trim() is { Length: > 0 } upper ? VietnameseCase.Title(upper) : NameOf(level, lines, header, bodyEnd);
            return name is null ? null : Issued(new Locality(name, level));
        }

        for (var i = header.BodyStart; i < bodyEnd; i++)
        {
            if (IssuerPatterns.Subject().Match(lines[i].Plain) is { Success: true } m)
            {
                var level = m.Groups["level"].Value;
                var name = m.Groups["name"].Success ? m.Groups["name"].Value : NameOf(level, lines, header, bodyEnd);
                return name is null ? null : Issued(new Locality(name, level));
            }

            // A quyết định names its authority below the trích yếu ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
            if (IssuerPatterns.Authority().Match(lines[i].Plain) is { Success: true } a)
            {
                var level = a.Groups["level"].Value.ToLowerInvariant();
                var name = a.Groups["name"].Value.Trim() is { Length: > 0 } upper ? VietnameseCase.Title(upper) : NameOf(level, lines, header, bodyEnd);
                return name is null ? null : Issued(new Locality(name, level));
            }
        }

        return null;
    }

    private static (string Issuer, Locality? Locality) Issued(Locality locality) => (Issuer(locality), locality);

    private static (string Issuer, Locality? Locality)? FromHeader(List<string> bodies)
    {
        var issuer = bodies[^1];
        if (IssuerPatterns.Header().Match(issuer) is { Success: true } committee)
        {
            var locality = new Locality(VietnameseCase.Title(committee.Groups["name"].Value.Trim()), committee.Groups["level"].Value.ToLowerInvariant());
            return (IsCouncil(issuer) ? $"{Council} {locality.Level} {locality.Name}" : Issuer(locality), locality);
        }

        if (IssuerPatterns.CommitteeAlone().IsMatch(issuer))
        {
            // "ỦY BAN NHÂN DÂN" without its unit, the second line lost in the copy: the text says which.
            return null;
        }

        // A body other than a committee (Sở, Phòng, Ban, Đảng ủy, Hội, Mặt trận, Đoàn, trường, công an …): its own
        // name, and the unit it belongs to from its name or else from the superior body above it.
        var own = UnitIn(issuer);
        var parent = bodies.Count > 1 ? UnitIn(bodies[^2]) : null;
        var name = Sentence(issuer);
        if (own is null && parent is not null)
        {
            name += $" {parent.Level} {parent.Name}";
        }

        return (name, own ?? parent);
    }

    /// <summary>
    /// The header's agency lines grouped into bodies: a line that opens with a body's name starts one, any other
    /// continues it; lines before the first body (a page's heading in capitals) are not the header's.
    /// </summary>
    private static List<string> Bodies(IReadOnlyList<string> agency)
    {
        var bodies = new List<string>();
        foreach (var line in agency)
        {
            var text = line.Trim(' ', '|', '-', '*');
            if (IssuerPatterns.Authority().IsMatch(text))
            {
                // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH": the authority line below a trích yếu the copy lost, not the header.
                break;
            }

            if (text.Length == 0)
            {
                continue;
            }

            if (IssuerPatterns.BodyStart().IsMatch(text))
            {
                bodies.Add(text);
            }
            else if (bodies.Count > 0)
            {
                bodies[^1] += " " + text;
            }
        }

        return bodies;
    }

    private static bool IsCouncil(string upper) => upper.StartsWith("HỘI ĐỒNG", StringComparison.Ordinal) || upper.StartsWith("HĐND", StringComparison.Ordinal);

    private static Locality? UnitIn(string upper) =>
        IssuerPatterns.UnitInHeader().Match(upper) is { Success: true } m
            ? new Locality(VietnameseCase.Title(m.Groups["name"].Value.Trim()), m.Groups["level"].Value.ToLowerInvariant())
            : null;

    /// <summary>"SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở giáo dục và đào tạo", a unit's name in it title-cased, abbreviations kept.</summary>
    private static string Sentence(string upper)
    {
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>();
        var name = false;
        foreach (var word in words)
        {
            var lower = word.ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
            if (IssuerPatterns.Abbreviation().IsMatch(word))
            {
                result.Add(word);
            }
            else if (result.Count == 0 || name)
            {
                result.Add(VietnameseCase.Title(word));
            }
            else
            {
                result.Add(lower);
            }

            name = name || lower is "tỉnh" or "huyện" or "quận" or "xã" or "phường" or "thị" or "phố";
        }

        return string.Join(' ', result);
    }

    private const string Council = "Hội đồng nhân dân";

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
