namespace RaQuan.Loading;

/// <summary>
/// Every front-matter field of a plan, declared once: its key, what it means, an example, whether it is required,
/// and how it is read into <see cref="PlanFields"/>. The loader takes the known keys and the reading from here,
/// <c>raquan new plan</c> its template, and a test holds docs/reference/content-format.md to it. Fields whose reading
/// depends on others (the title, the slug made from it, the unit and the dates a plan needs) are read by
/// <see cref="PlanLoader"/> itself and have no <see cref="PlanField.Read"/>.
/// </summary>
internal static class PlanFieldTable
{
    public static IReadOnlyList<PlanField> All { get; } =
    [
        new("title", "the document's title; else the first heading of the text", "tên văn bản; bỏ trống thì lấy tiêu đề đầu tiên của nội dung", "\"Kế hoạch tổ chức Lễ ra quân đầu năm 2024\"", PlanTemplate.Filled),
        new("slug", "the last part of the plan's address; else made from the title. Keep it once published", "phần cuối địa chỉ trang; đã đăng thì không đổi", "le-ra-quan-2024", PlanTemplate.Filled),
        new("type", "the kind of document: Kế hoạch (the default), Công văn, Quyết định…", "loại văn bản", "\"Kế hoạch\"", PlanTemplate.None,
            (r, p) => p with { Type = r.Fields.String("type") ?? r.Reading?.Type ?? "Kế hoạch" }),
        new("number", "số hiệu", "số hiệu văn bản", "\"66/KH-UBND\"", PlanTemplate.Comment,
            (r, p) => p with { Number = r.Fields.String("number") ?? r.Reading?.Number }),
        new("publish_date", "the day it goes online: not published before it; feeds and lists are dated by it", "ngày đăng lên trang", "2024-01-23", PlanTemplate.Filled),
        new("date", "the day it was signed (2024-01-22, 22/01/2024 or \"ngày 22 tháng 01 năm 2024\")", "ngày ký ban hành", "2024-01-22", PlanTemplate.Comment),
        new("effective_date", "the day it takes effect", "ngày có hiệu lực", "2024-01-22", PlanTemplate.Comment,
            (r, p) => p with { EffectiveDate = r.Fields.Date("effective_date") }),
        new("issuer", "cơ quan ban hành", "cơ quan ban hành", "\"Ủy ban nhân dân xã Lục Ba\"", PlanTemplate.Comment,
            (r, p) => p with { Issuer = r.Fields.String("issuer") ?? r.Reading?.Issuer }),
        new("unit", "required: the slug of a unit in units.yml", "đơn vị (tên ngắn trong units.yml)", "luc-ba", PlanTemplate.Filled),
        new("signer", "who signed: a name, or a name and the lines above it", "người ký", "{ name: \"Nguyễn Văn A\", authority: [\"KT. CHỦ TỊCH\", \"PHÓ CHỦ TỊCH\"] }", PlanTemplate.Comment,
            (r, p) => p with { Signer = PlanLoader.ReadSigner(r.Fields) ?? r.Reading?.Signer }),
        new("summary", "one or two sentences; else the first paragraph", "tóm tắt; bỏ trống thì lấy đoạn đầu", "\"Một hai câu tóm tắt.\"", PlanTemplate.Comment,
            (r, p) => p with { Summary = r.Fields.String("summary") }),
        new("tags", "topics", "chủ đề", "[\"ra quân\", \"nông thôn mới\"]", PlanTemplate.Comment,
            (r, p) => p with { Tags = r.Fields.StringList("tags") }),
        new("draft", "true: not published (--drafts to include)", "bản nháp, chưa đăng", "false", PlanTemplate.None,
            (r, p) => p with { Draft = r.Fields.Bool("draft") }),
        new("expiry_date", "not published from this day on (--expired to include)", "ngày thôi đăng", "2024-12-31", PlanTemplate.None,
            (r, p) => p with { ExpiryDate = r.Fields.Date("expiry_date") }),
        new("attachments", "files published with it, the signed original first", "tệp đính kèm, bản ký số trước", "[{ title: \"Bản ký số (PDF)\", path: files/66-kh-ubnd.pdf }]", PlanTemplate.Comment,
            (r, p) => p with { Attachments = PlanLoader.ReadAttachments(r.Fields, r.Paths) }),
        new("indicators", "target figures (Chỉ tiêu chủ yếu); else those the document reader finds", "chỉ tiêu chủ yếu", "[{ label: \"Tổng giá trị sản xuất\", value: \"2.192\", unit: \"tỷ đồng\" }]", PlanTemplate.None,
            (r, p) => p with { Indicators = IndicatorLoader.Read(r.Fields) is { Count: > 0 } given ? given : r.Reading?.Indicators ?? [] }),
        new("aliases", "old addresses: each gets a page sending readers here", "địa chỉ cũ của trang", "[\"ke-hoach/ten-cu/\"]", PlanTemplate.None,
            (r, p) => p with { Aliases = PlanLoader.ReadAliases(r.Fields) }),
    ];

    /// <summary>The keys a plan's front matter may hold.</summary>
    public static string[] Keys { get; } = [.. All.Select(f => f.Key)];

    /// <summary>Reads every field that has a reading of its own into <paramref name="fields"/>.</summary>
    public static PlanFields Read(PlanFieldSource source, PlanFields fields)
    {
        foreach (var field in All)
        {
            if (field.Read is { } read)
            {
                fields = read(source, fields);
            }
        }

        return fields;
    }
}

/// <summary>How <c>raquan new plan</c> writes a field: with its value, as a comment showing the example, or not at all.</summary>
internal enum PlanTemplate
{
    None,
    Comment,
    Filled,
}

/// <summary>One front-matter field of a plan (<see cref="PlanFieldTable"/>).</summary>
/// <param name="Key">The key in the front matter.</param>
/// <param name="Meaning">What it means, for the docs.</param>
/// <param name="Hint">What it means in a few Vietnamese words, for the comment in the template staff fill in.</param>
/// <param name="Example">A YAML value, as the docs and the template show it.</param>
/// <param name="Read">Reads it from the front matter (or the pasted document) into the plan's fields.</param>
internal sealed record PlanField(
    string Key, string Meaning, string Hint, string Example, PlanTemplate Template, Func<PlanFieldSource, PlanFields, PlanFields>? Read = null);

/// <summary>What a field is read from: the front matter, the document the reader found in the body, the site's paths.</summary>
internal sealed record PlanFieldSource(YamlFields Fields, Documents.DocumentReading? Reading, ContentPaths Paths);
