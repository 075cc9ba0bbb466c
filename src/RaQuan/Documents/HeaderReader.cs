namespace RaQuan.Documents;

/// <summary>Reads the header: agency, number, place and date, type and trích yếu, up to where the content begins.</summary>
internal static class HeaderReader
{
    // Real headers fit in a dozen lines; a longer search would pick up numbers and dates the content cites.
    private const int HeaderLines = 40;
    private const int LongestHeaderLine = 400;
    private const int DateBelowSubject = 4;

    public static DocumentHeader Read(IReadOnlyList<SourceLine> lines, List<string> warnings)
    {
        string? number = null, place = null;
        DateOnly? date = null;
        int? year = null;
        var agency = new List<string>();
        var limit = Math.Min(lines.Count, HeaderLines);
        for (var i = 0; i < limit; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.Plain.Length > LongestHeaderLine || PortalFurniture.Is(line.Plain))
            {
                continue;
            }

            foreach (var cell in Parts(line.Plain))
            {
                var part = HeaderPatterns.TypedNumber().Replace(cell, "", 1);
                part = part.StartsWith("số", StringComparison.Ordinal) && part != cell ? "S" + part[1..] : part;
                if (part.StartsWith("Số", StringComparison.Ordinal) && HeaderPatterns.Number().Match(part) is { Success: true } n
                    && (n.Groups["n"].Success || n.Groups["code"].Success || part.TrimEnd(':', ' ').Length <= 3))
                {
                    if (number is null)
                    {
                        var numberLine = i;
                        number = ReadNumber(n, lines, ref i);
                        if (number is null && (n.Groups["code"].Success || i != numberLine))
                        {
                            warnings.Add(DocumentWarnings.BlankNumber(lines[numberLine].Number));
                        }
                    }

                    ReadPlaceAndDate(part[n.Length..], line, warnings, ref place, ref date, ref year);
                }
                else if (ReadPlaceAndDate(part, line, warnings, ref place, ref date, ref year))
                {
                }
                else if (HeaderPatterns.Subject().Match(part) is { Success: true } subject)
                {
                    var title = Title(subject.Groups["title"].Value, lines, i + 1, out var next);

                    // The date line may stand below the trích yếu when the columns are copied one after the other.
                    for (var j = next; j < Math.Min(lines.Count, next + DateBelowSubject) && year is null; j++)
                    {
                        if (ReadPlaceAndDate(lines[j].Plain, lines[j], warnings, ref place, ref date, ref year))
                        {
                            next = j + 1;
                        }
                    }

                    return new DocumentHeader(DocumentTypes.OfficialLetter, title, number, date, year, place, agency, next);
                }
                else if (DocumentTypes.Match(part) is { } type)
                {
                    var title = Title("", lines, i + 1, out var next);
                    return new DocumentHeader(type, title, number, date, year, place, agency, next);
                }
                else if (HeaderPatterns.NationalMotto().IsMatch(part))
                {
                }
                else if (HeaderPatterns.BareNumber().Match(part) is { Success: true } bare && (number is null || number.EndsWith(bare.Groups["code"].Value.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal)))
                {
                    // "Số:" and its number set apart by padding into two cells ("Số:         / TB-UBND").
                    number ??= bare.Groups["n"].Success ? bare.Groups["n"].Value + bare.Groups["code"].Value.Replace(" ", "", StringComparison.Ordinal) : null;
                }
                else if (IsUpperCase(part) && number is not null && year is not null && !IssuerPatterns.BodyStart().IsMatch(part)
                    && !IssuerPatterns.Authority().IsMatch(part) && NextIsAuthority(lines, i + 1))
                {
                    // Below the number and date comes the type and trích yếu; a page that lost the type line leaves
                    // the trích yếu in capitals above the authority that issues it.
                    var title = Title(part, lines, i + 1, out var next);
                    return new DocumentHeader(null, title, number, date, year, place, agency, next);
                }
                else if (IsUpperCase(part))
                {
                    agency.Add(part);
                }
                else
                {
                    warnings.Add(DocumentWarnings.NoType(line.Number));
                    return new DocumentHeader(null, null, number, date, year, place, agency, i);
                }
            }
        }

        warnings.Add(DocumentWarnings.NoType(lines.Count > 0 ? lines[0].Number : 1));
        return new DocumentHeader(null, null, number, date, year, place, agency, LastHeaderLine(lines, limit));
    }

    /// <summary>Agency, number and date sit side by side in the signed layout and arrive tab- or space-separated.</summary>
    private static IEnumerable<string> Parts(string plain) =>
        plain.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? ReadNumber(System.Text.RegularExpressions.Match m, IReadOnlyList<SourceLine> lines, ref int i)
    {
        if (!m.Groups["n"].Success && !m.Groups["code"].Success)
        {
            // "Số:" alone: the number was typed on the next line.
            var next = NextNonBlank(lines, i + 1);
            if (next < lines.Count && HeaderPatterns.BareNumber().Match(lines[next].Plain) is { Success: true } bare)
            {
                i = next;
                m = bare;
            }
        }

        if (!m.Groups["n"].Success)
        {
            // "Số: /KH-UBND": the number is filled in by hand when the document is signed.
            return null;
        }

        var code = HeaderPatterns.GluedCode().Replace(m.Groups["code"].Value.Replace(" ", "", StringComparison.Ordinal), "${type}-${body}");
        return m.Groups["n"].Value + code;
    }

    private static bool ReadPlaceAndDate(
        string part, SourceLine line, List<string> warnings, ref string? place, ref DateOnly? date, ref int? year)
    {
        var m = HeaderPatterns.PlaceAndDate().Match(part);
        if (!m.Success || year is not null || PortalFurniture.IsWeekday(m.Groups["place"].Value))
        {
            return false;
        }

        place = m.Groups["place"].Value.Trim();
        year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["d"].Success || !m.Groups["m"].Success)
        {
            warnings.Add(DocumentWarnings.BlankDay(line.Number));
        }

        if (m.Groups["d"].Success && m.Groups["m"].Success)
        {
            var text = $"{m.Groups["d"].Value}/{m.Groups["m"].Value}/{m.Groups["y"].Value}";
            if (VietnameseDate.TryParse(text, out var parsed, out var error))
            {
                date = parsed;
            }
            else
            {
                warnings.Add(DocumentWarnings.BadDate(line.Number, error));
            }
        }

        return true;
    }

    /// <summary>The trích yếu: the lines after the type name up to a blank line, or further when the next line continues the sentence.</summary>
    private static string? Title(string first, IReadOnlyList<SourceLine> lines, int start, out int next)
    {
        var parts = first.Length > 0 ? new List<string> { first } : [];
        var i = start;
        while (i < lines.Count)
        {
            var j = NextNonBlank(lines, i);
            if (j >= lines.Count || j - i > 2)
            {
                break;
            }

            var plain = lines[j].Plain;
            var continues = parts.Count == 0 || (j == i && !lines[j].Text.StartsWith('-')) || char.IsLower(plain[0]);

            // A trích yếu in capitals may start with words that open content in sentence case ("THỰC HIỆN ĐỀ ÁN …").
            var opensContent = HeaderPatterns.ContentStart().IsMatch(plain) && !(parts.Count == 0 && IsUpperCase(plain));
            // Below a quyết định's or nghị quyết's trích yếu, the authority that issues it is its own line.
            var authority = parts.Count > 0 && HeaderPatterns.Authority().IsMatch(plain) && !HeaderPatterns.OpenEnd().IsMatch(parts[^1]);
            if (!continues || plain.Length > 600 || opensContent || authority || HeaderPatterns.NationalMotto().IsMatch(plain))
            {
                break;
            }

            parts.Add(plain);
            i = j + 1;
        }

        // A rule drawn under the title belongs to the header.
        next = i < lines.Count && HeaderPatterns.NationalMotto().IsMatch(lines[i].Plain) ? i + 1 : i;
        return parts.Count == 0 ? null : HeaderPatterns.Subject().Match(string.Join(' ', parts).Trim()) is { Success: true } subject
            ? subject.Groups["title"].Value
            : string.Join(' ', parts).Trim();
    }

    private static bool NextIsAuthority(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var j = NextNonBlank(lines, from); j < lines.Count && j < from + DateBelowSubject; j = NextNonBlank(lines, j + 1))
        {
            if (HeaderPatterns.Authority().IsMatch(lines[j].Plain))
            {
                return true;
            }

            if (!IsUpperCase(lines[j].Plain))
            {
                return false;
            }
        }

        return false;
    }

    private static int NextNonBlank(IReadOnlyList<SourceLine> lines, int i)
    {
        while (i < lines.Count && lines[i].IsBlank)
        {
            i++;
        }

        return i;
    }

    private static int LastHeaderLine(IReadOnlyList<SourceLine> lines, int limit)
    {
        for (var i = 0; i < limit; i++)
        {
            if (!lines[i].IsBlank && !IsUpperCase(lines[i].Plain) && !lines[i].Plain.StartsWith("Số", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return Math.Min(limit, lines.Count);
    }

    public static bool IsUpperCase(string s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 1;
    }
}
