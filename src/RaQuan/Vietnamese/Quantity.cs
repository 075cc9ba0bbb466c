namespace RaQuan.Vietnamese;

/// <summary>
/// A figure from a plan's indicator list: "trên 90%" is <c>(90, "%", "trên")</c>. <see cref="Unit"/> is empty when
/// the figure has none.
/// </summary>
public readonly record struct Quantity(decimal Value, string Unit, string? Qualifier);
