namespace RaQuan.Checking;

/// <summary>What <c>raquan check</c> found: problems, and the external links (listed, never fetched).</summary>
public sealed record CheckReport(IReadOnlyList<CheckFinding> Findings, IReadOnlyList<ExternalLink> ExternalLinks, int Files)
{
    public int Errors => Findings.Count(f => f.Severity == "error");
    public int Warnings => Findings.Count(f => f.Severity == "warning");
}
