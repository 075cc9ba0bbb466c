namespace RaQuan.Themes.Default;

/// <summary>The stylesheet of the printable plan, inlined into each <c>ban-in.html</c> so the file stands alone.</summary>
internal static class PaperStyle
{
    public static string Css { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(PaperStyle).Assembly.GetManifestResourceStream("print/paper.css")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
