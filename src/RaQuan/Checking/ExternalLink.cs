namespace RaQuan.Checking;

/// <summary>A link that leaves the site, and the pages that hold it.</summary>
public sealed record ExternalLink(string Url, IReadOnlyList<string> Pages);
