using System.Globalization;
using RaQuan.Model;
using RaQuan.Vietnamese;

namespace RaQuan.Themes.Default;

/// <summary>How the theme writes dates, sizes and names.</summary>
public static class ThemeFormat
{
    public static string Date(DateOnly date) => VietnameseDate.FormatShort(date);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"10:30 ngày 20/02/2024": a news post's time, in the site's offset as given.</summary>
    public static string DateTime(DateTimeOffset time) =>
        $"{time.ToString("HH:mm", CultureInfo.InvariantCulture)} ngày {VietnameseDate.FormatShort(DateOnly.FromDateTime(time.DateTime))}";

    public static string IsoDateTime(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    /// <summary>"120 KB", "1,5 MB": Vietnamese decimal comma.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{Math.Round(bytes / 1024.0).ToString(CultureInfo.InvariantCulture)} KB",
        _ => $"{Math.Round(bytes / 1024.0 / 1024.0, 1).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"))} MB",
    };

    public static string FileKind(string path) => Path.GetExtension(path).TrimStart('.').ToUpperInvariant() is { Length: > 0 } ext ? ext : "Tệp";

    public static string Level(Unit unit) => unit.Tier switch
    {
        UnitTier.Province => "Cấp tỉnh",
        UnitTier.District => "Cấp huyện",
        _ => "Cấp xã",
    };

    /// <summary>"13.136,1"; null is no data.</summary>
    public static string Figure(decimal? value) => value is { } v ? VietnameseNumber.Format(v) : "—";

    /// <summary>"98,5%".</summary>
    public static string Percent(decimal? value) => value is { } v ? VietnameseNumber.Format(v) + "%" : "—";

    /// <summary>"trên 90", "2.192": an indicator's figure with its qualifier, without the unit.</summary>
    public static string Indicator(Indicator indicator) =>
        indicator.Qualifier is { } q ? $"{q} {VietnameseNumber.Format(indicator.Value)}" : VietnameseNumber.Format(indicator.Value);

    /// <summary>
    /// The title without its leading document form, as the paper prints it under "KẾ HOẠCH":
    /// "Kế hoạch triển khai Lễ ra quân" under type "Kế hoạch" gives "Triển khai Lễ ra quân".
    /// </summary>
    public static string Subject(Plan plan)
    {
        var title = plan.Title;
        if (!title.StartsWith(plan.Type + " ", StringComparison.OrdinalIgnoreCase))
        {
            return title;
        }

        var rest = title[(plan.Type.Length + 1)..].TrimStart();
        return rest.Length == 0 ? title : char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    public static string Count(int n, string noun) => $"{n.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"))} {noun}";
}
