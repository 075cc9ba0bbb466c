namespace RaQuan.Documents;

/// <summary>The signer and the authority lines above the name ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", …).</summary>
public sealed record Signer(string Name, IReadOnlyList<string> Authority);
