namespace RaQuan.Model;

/// <summary>A date by which something must be done, with the sentence that sets it.</summary>
public sealed record Deadline(DateOnly Date, string Text);
