namespace RaQuan.Model;

/// <summary>One item of a ceremony's programme: its time ("08h30") or order ("01"), what happens, and who does it.</summary>
public sealed record AgendaItem(string? Time, string? Order, string Content, string? Who);
