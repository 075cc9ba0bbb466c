namespace RaQuan.Vietnamese;

/// <summary>Vietnamese alphabetical order, the order readers expect in lists of communes and units.</summary>
public static class VietnameseCollation
{
    /// <summary>
    /// Compares with ICU's Vietnamese rules, independent of the machine's culture: đ is a letter after d, ă and â
    /// follow a, and tone marks only break ties. Composed and decomposed text compare equal.
    /// </summary>
    public static StringComparer Comparer { get; } =
        StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.None);
}
