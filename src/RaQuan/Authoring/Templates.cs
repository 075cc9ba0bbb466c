using System.Globalization;

namespace RaQuan.Authoring;

/// <summary>
/// The files <c>raquan new</c> writes. Optional fields are left as comments showing an example, so a new file builds
/// as soon as its required fields are filled. Ceremonies and result tables follow the formats of content/ceremonies
/// and content/results (see docs/reference/content-format.md).
/// </summary>
internal static class Templates
{
    private const string UnitHint = "# the slug of a unit in units.yml";

    /// <summary>
    /// A plan: the fields <see cref="Loading.PlanFieldTable"/> marks for the template, the required ones filled in, the
    /// others as comments showing an example and what they mean.
    /// </summary>
    public static string Plan(string title, string slug, string? unit, DateOnly today)
    {
        var filled = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = Quote(title),
            ["slug"] = slug,
            ["publish_date"] = NewContent.IsoDate(today),
            ["unit"] = unit ?? "\"\"   " + UnitHint,
        };
        var text = new System.Text.StringBuilder("---\n");
        foreach (var field in Loading.PlanFieldTable.All)
        {
            switch (field.Template)
            {
                case Loading.PlanTemplate.Filled:
                    text.Append(field.Key).Append(": ").Append(filled[field.Key]).Append('\n');
                    break;
                case Loading.PlanTemplate.Comment:
                    text.Append("# ").Append(field.Key).Append(": ").Append(field.Example).Append("   # ").Append(field.Hint).Append('\n');
                    break;
            }
        }

        return text.Append("""
            ---

            ## I. MỤC ĐÍCH, YÊU CẦU

            ## II. NỘI DUNG

            ## III. TỔ CHỨC THỰC HIỆN

            """).ToString();
    }

    /// <summary>A news post; each photo gets an image line whose alt text fails the build until it is written.</summary>
    public static string News(string title, string? unit, DateTimeOffset now, IReadOnlyList<string> photos)
    {
        var images = string.Concat(photos.Select(p => $"![{Building.ContentErrors.AltPlaceholder}]({p} \"Chú thích ảnh\")\n"));
        return $"""
            ---
            title: {Quote(title)}
            date: {now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}
            unit: {unit ?? "\"\"   " + UnitHint}
            # summary: "Một hai câu tóm tắt."
            # author: "Nguyễn Văn A"
            # tags: ["ra quân"]
            # plan: ke-hoach-…        # the slug of the plan the news reports on
            # ceremony: dak-ha-2024-02-20   # the slug of the ceremony
            # photos:                 # credits (shown as "Ảnh: …") and captions
            #   - {"{"} src: {(photos.Count > 0 ? photos[0] : "anh-1.jpg")}, credit: "Nguyễn Văn B" {"}"}
            ---
            Viết nội dung tin ở đây. Mỗi ảnh một dòng; các ảnh liền nhau thành một bộ ảnh.

            {images}
            """;
    }

    public static string Ceremony(string title, string? unit, DateOnly today)
    {
        var day = today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return $"""
            # A ceremony: times are local (Asia/Ho_Chi_Minh), written as "20/02/2024 08:30".
            unit: {unit ?? "\"\"   " + UnitHint}
            content: {Quote(title)}
            start: "{day} 08:00"
            end: "{day} 09:00"             # or duration: 60 phút
            place: ""                       # địa điểm
            # scale: "L = 508m"             # quy mô
            # plan: ke-hoach-slug           # the plan this ceremony carries out
            # agenda:
            #   - {"{"} time: "08:00", content: "Văn nghệ chào mừng", who: "Đoàn thanh niên" {"}"}
            #   - {"{"} time: "08:15", content: "Phát biểu phát động", who: "Chủ tịch UBND" {"}"}
            # contact: "Văn phòng UBND, 0260 3862 410"
            status: scheduled               # scheduled, postponed, cancelled or held
            # updated: {NewContent.IsoDate(today)}

            """;
    }

    public static string Results(string title, string slug, DateOnly today) => $"""
        # A result table: the figures are in {slug}.csv beside this file, one row per unit, written the Vietnamese
        # way (2.192 or "39,42"); an empty cell is "no data", not 0.
        title: {Quote(title)}
        period: "{today.Year}"
        # source_plan: ke-hoach-slug      # the plan that set the targets: the two pages link each other
        # notes: "Số liệu do các huyện báo cáo."
        unit_column: "Đơn vị"
        columns:
          - name: "Đường bê tông"
            label: "Đường giao thông được bê tông hóa"
            unit: m                       # m, cây, người, triệu đồng, %
            aggregate: sum                # sum, average or none
            # target: "Chỉ tiêu"          # the column holding this one's target

        """;

    public const string ResultsCsv = "Đơn vị,Đường bê tông\n";

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
