namespace RaQuan.Documents;

/// <summary>
/// The closing parts. <paramref name="BodyEnd"/> is the first closing line (the content ends before it);
/// <paramref name="AppendixStart"/> the first line after them, where annexes (phụ lục, biểu) begin.
/// </summary>
internal sealed record DocumentClosing(IReadOnlyList<string> Recipients, Signer? Signer, int BodyEnd, int AppendixStart);
