namespace RaQuan.Documents;

/// <summary>An administrative unit: <paramref name="Name"/> "Kon Tum", <paramref name="Level"/> "tỉnh".</summary>
public sealed record Locality(string Name, string Level);
