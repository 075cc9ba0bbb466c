namespace RaQuan.Documents;

/// <summary>
/// Finds Nơi nhận and the signature block after the content. In the signed layout they sit side by side, so a copy
/// gives them in either order.
/// </summary>
internal static class ClosingReader
{
    private const int LongestAuthorityLine = 60;

    public static DocumentClosing Read(IReadOnlyList<SourceLine> lines, int bodyStart, List<string> warnings)
    {
        var (recipientsStart, recipients, recipientsEnd) = FindRecipients(lines, bodyStart);
        var (signerStart, signer, signerEnd) = FindSigner(lines, bodyStart);
        var lastLine = lines.Count > 0 ? lines[^1].Number : 1;
        if (signer is null)
        {
            warnings.Add(DocumentWarnings.NoSigner(lastLine));
        }

        if (recipientsStart < 0)
        {
            warnings.Add(DocumentWarnings.NoRecipients(lastLine));
        }

        var starts = new[] { recipientsStart, signerStart }.Where(s => s >= 0).ToArray();
        var bodyEnd = starts.Length == 0 ? lines.Count : starts.Min();
        var appendix = Math.Max(Math.Max(recipientsEnd, signerEnd), bodyEnd);
        return new DocumentClosing(recipients, signer, bodyEnd, appendix);
    }

    private static (int Start, List<string> Items, int End) FindRecipients(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            var m = ClosingPatterns.Recipients().Match(lines[i].Plain);
            if (m.Success)
            {
                var items = new List<string>();
                var end = ReadItems(lines, i + 1, m.Groups["rest"].Value, items);
                return (i, items, end);
            }
        }

        return (-1, [], -1);
    }

    private static int ReadItems(IReadOnlyList<SourceLine> lines, int start, string rest, List<string> items)
    {
        AddItem(items, rest, continues: false);
        var i = start;
        for (; i < lines.Count; i++)
        {
            var plain = lines[i].Plain;
            if (plain.Length == 0)
            {
                var next = i + 1;
                while (next < lines.Count && lines[next].IsBlank)
                {
                    next++;
                }

                if (items.Count > 0 && (next >= lines.Count || !ClosingPatterns.Item().IsMatch(lines[next].Plain)))
                {
                    break;
                }

                continue;
            }

            if (IsAuthority(plain))
            {
                break;
            }

            var item = ClosingPatterns.Item().Match(plain);
            if (!item.Success && (items.Count == 0 || lines[i - 1].IsBlank))
            {
                break;
            }

            // A line without a dash right under an item is the item wrapped by the narrow Nơi nhận column.
            AddItem(items, item.Success ? item.Groups["item"].Value : plain, continues: !item.Success);
        }

        return i;
    }

    private static void AddItem(List<string> items, string text, bool continues)
    {
        var item = text.Trim().TrimEnd(';', ',').Trim();
        if (item.Length == 0)
        {
            return;
        }

        if (continues && items.Count > 0)
        {
            items[^1] = items[^1] + " " + item;
        }
        else
        {
            items.Add(item);
        }
    }

    private static (int Start, Signer? Signer, int End) FindSigner(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (!IsAuthority(lines[i].Plain))
            {
                continue;
            }

            var authority = new List<string>();
            var j = i;
            while (j < lines.Count && !lines[j].IsBlank && IsUpperShort(lines[j].Plain))
            {
                authority.Add(lines[j].Plain);
                j++;
            }

            while (j < lines.Count && (lines[j].IsBlank || ClosingPatterns.SignedPlaceholder().IsMatch(lines[j].Plain)))
            {
                j++;
            }

            if (j < lines.Count && lines[j].Plain.Length <= 50 && ClosingPatterns.PersonName().IsMatch(lines[j].Plain))
            {
                return (i, new Signer(PersonName(lines[j].Plain), authority), j + 1);
            }

            // A name typed in capitals right under the office joins the run of capitals.
            if (authority.Count > 1 && !ClosingPatterns.Authority().IsMatch(authority[^1]) && ClosingPatterns.PersonName().IsMatch(authority[^1]))
            {
                var name = authority[^1];
                authority.RemoveAt(authority.Count - 1);
                return (i, new Signer(PersonName(name), authority), i + authority.Count + 1);
            }
        }

        return (-1, null, -1);
    }

    private static bool IsAuthority(string plain) => IsUpperShort(plain) && ClosingPatterns.Authority().IsMatch(plain);

    private static bool IsUpperShort(string plain) => plain.Length <= LongestAuthorityLine && HeaderReader.IsUpperCase(plain);

    /// <summary>Names typed in capitals ("NGUYỄN HỮU THÁP") are shown as written on the page elsewhere: "Nguyễn Hữu Tháp".</summary>
    private static string PersonName(string plain) =>
        HeaderReader.IsUpperCase(plain) ? VietnameseCase.Title(plain) : plain;
}
