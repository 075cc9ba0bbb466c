namespace RaQuan.Documents;

/// <summary>
/// A plan's summary from its body: the first point under "MỤC ĐÍCH" (what the plan is for); failing that, the first
/// paragraph that is not the legal basis ("Căn cứ …", "Thực hiện …"), a heading, a table or an address.
/// </summary>
public static partial class DocumentSummary
{
    private const int Longest = 300;

    public static string? From(string body)
    {
        var blocks = Blocks().Split(body).Select(b => b.Trim()).Where(b => b.Length > 0).ToList();
        var purpose = blocks.FindIndex(b => b.StartsWith('#') && SearchFold.Fold(b).Contains("muc dich", StringComparison.Ordinal));
        var candidates = purpose >= 0 ? blocks.Skip(purpose + 1).Take(3) : blocks;
        var found = candidates.Select(Plain).FirstOrDefault(p => p.Length > 0 && !LegalBasis().IsMatch(p))
            ?? (purpose >= 0 ? blocks.Select(Plain).FirstOrDefault(p => p.Length > 0 && !LegalBasis().IsMatch(p)) : null);
        return found is null ? null : Shorten(found);
    }

    // A block's first paragraph or list item as plain text; nothing for headings, tables and the closing blocks.
    private static string Plain(string block)
    {
        if (block.StartsWith('#') || block.StartsWith('|') || block.StartsWith(":::", StringComparison.Ordinal) || block.StartsWith("[^", StringComparison.Ordinal) || block.StartsWith('!'))
        {
            return "";
        }

        var first = block.Split('\n')[0];
        first = ItemMark().Replace(first, "");
        first = FootnoteReference().Replace(first, "");
        return SourceText.ToPlain(first).TrimEnd(':', ';');
    }

    private static string Shorten(string text)
    {
        if (text.Length <= Longest)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Longest);
        return text[..(cut > 0 ? cut : Longest)].TrimEnd(',', ';', ' ') + " …";
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Blocks();

    [GeneratedRegex(@"^\s*(?:[-+*•]\s+|\d{1,2}(?:\.\d{1,2})*[.)]\s+|[a-zđ]\)\s+)")]
    private static partial Regex ItemMark();

    [GeneratedRegex(@"\[\^[^\]]+\]")]
    private static partial Regex FootnoteReference();

    [GeneratedRegex(@"^(?:Căn cứ|Thực hiện|Theo\s|Kính gửi|Xét\s|Trên cơ sở|Thừa lệnh)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegalBasis();
}
