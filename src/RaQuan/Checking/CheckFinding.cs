namespace RaQuan.Checking;

/// <summary>One problem <c>raquan check</c> found.</summary>
/// <param name="Severity">"error" or "warning", the same in every language (JSON readers match on it).</param>
/// <param name="Kind">"content" (the content files), "link" (an internal link leads nowhere) or "xml" (a feed or sitemap does not parse).</param>
/// <param name="File">A content file, or a file of the built site for links and XML.</param>
public sealed record CheckFinding(string Severity, string Kind, string File, int? Line, int? Column, string Message, string? Fix)
{
    public override string ToString()
    {
        var at = File + (Line is { } l ? $":{l}" + (Column is { } c ? $":{c}" : "") : "");
        return ReportText.Line(at, Severity == "warning", Message, Fix);
    }
}
