namespace RaQuan.Authoring;

/// <summary>
/// The files <c>raquan new</c> writes. Optional fields are left as comments showing an example, so a new file builds
/// as soon as its required fields are filled. Ceremonies and result tables follow the formats of content/ceremonies
/// and content/results (see docs/reference/content-format.md).
/// </summary>
internal static class Templates
{
    private const string UnitHint = "# tên ngắn của đơn vị trong units.yml, ví dụ dak-ha";

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
            # plan: ke-hoach-…        # tên ngắn của kế hoạch mà tin này đưa về
            # ceremony: dak-ha-2024-02-20   # tên ngắn của buổi lễ
            # photos:                 # tác giả ảnh (hiện là "Ảnh: …") và chú thích
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
            # Một buổi lễ: giờ Việt Nam, viết theo dạng "20/02/2024 08:30".
            unit: {unit ?? "\"\"   " + UnitHint}
            content: {Quote(title)}
            start: "{day} 08:00"
            end: "{day} 09:00"             # hoặc duration: 60 phút
            place: ""                       # địa điểm
            # scale: "L = 508m"             # quy mô
            # plan: ke-hoach-slug           # kế hoạch mà buổi lễ thực hiện
            # agenda:
            #   - {"{"} time: "08:00", content: "Văn nghệ chào mừng", who: "Đoàn thanh niên" {"}"}
            #   - {"{"} time: "08:15", content: "Phát biểu phát động", who: "Chủ tịch UBND" {"}"}
            # contact: "Văn phòng UBND, 0260 3862 410"
            status: scheduled               # scheduled (dự kiến), postponed (hoãn), cancelled (hủy), held (đã tổ chức)
            # updated: {NewContent.IsoDate(today)}

            """;
    }

    public static string Results(string title, string slug, DateOnly today) => $"""
        # Bảng kết quả: số liệu nằm trong tệp {slug}.csv cạnh tệp này, mỗi đơn vị một dòng, số viết kiểu Việt Nam
        # (2.192 hoặc "39,42"); ô để trống nghĩa là chưa có số liệu, không phải số 0.
        title: {Quote(title)}
        period: "{today.Year}"
        # source_plan: ke-hoach-slug      # kế hoạch đặt ra chỉ tiêu: hai trang sẽ dẫn sang nhau
        # notes: "Số liệu do các huyện báo cáo."
        unit_column: "Đơn vị"
        columns:
          - name: "Đường bê tông"
            label: "Đường giao thông được bê tông hóa"
            unit: m                       # đơn vị tính: m, cây, người, triệu đồng, %
            aggregate: sum                # sum (cộng), average (trung bình), none (không tính tổng)
            # target: "Chỉ tiêu"          # cột ghi chỉ tiêu của cột này

        """;

    public const string ResultsCsv = "Đơn vị,Đường bê tông\n";

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
