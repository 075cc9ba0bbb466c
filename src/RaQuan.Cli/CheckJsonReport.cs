using RaQuan.Checking;

namespace RaQuan.Cli;

/// <summary>What <c>raquan check --format json</c> prints (its shape is in docs/reference/cli.md), in this order.</summary>
internal sealed record CheckJsonReport(int Errors, int Warnings, int Files, IReadOnlyList<CheckFinding> Findings, IReadOnlyList<ExternalLink> ExternalLinks);
