namespace RaQuan.Model;

/// <summary>
/// A ceremony or meeting the document organises. Times are Vietnam time (+07:00);
/// <paramref name="Lunar"/> is the lunar date of the start, e.g. "11 tháng Giêng năm Giáp Thìn".
/// </summary>
public sealed record DocumentEvent(DateTimeOffset Start, DateTimeOffset? End, string? Place, string? Lunar, string Text)
{
    /// <summary>Who is invited or takes part ("Thành phần mời:" of a Giấy mời), one entry per line of the list.</summary>
    public IReadOnlyList<string> Attendees { get; init; } = [];
}
