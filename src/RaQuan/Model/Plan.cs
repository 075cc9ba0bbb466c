using System.Runtime.CompilerServices;

namespace RaQuan.Model;

/// <summary>
/// A plan (kế hoạch) or other document, from <c>plans/*.md</c>: its own fields (<see cref="PlanFields"/>) and what the
/// assemble stage resolved (its unit) or the document reader found. A plan is one document: two plans are equal only
/// when they are the same object, whatever their fields.
/// </summary>
public sealed record Plan : PlanFields
{
    public Plan(PlanFields fields)
        : base(fields)
    {
    }

    public required Unit Unit { get; init; }

    /// <summary>Nơi nhận.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Ceremonies and meetings the document organises, as the document reader found them.</summary>
    public IReadOnlyList<DocumentEvent> Events { get; init; } = [];

    /// <summary>Dates by which something must be done.</summary>
    public IReadOnlyList<Deadline> Deadlines { get; init; } = [];

    /// <summary>
    /// True when the body already ends with the signature and Nơi nhận blocks (a document read from its text),
    /// so the page must not add them again.
    /// </summary>
    public bool ClosingInBody { get; init; }

    /// <summary>
    /// Gives the Markdown body. Authored plans re-read it from their file when asked, so a 50,000-plan build does
    /// not hold every text in memory at once; read documents keep the Markdown the reader made.
    /// </summary>
    public required Func<string> ReadBody { get; init; }

    /// <summary>The Markdown body.</summary>
    public string Body => ReadBody();

    /// <summary>Line of the file where the body starts, so Markdown problems can be located.</summary>
    public int BodyLine { get; init; } = 1;

    public required SourceLocation Source { get; init; }

    public bool Equals(Plan? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
