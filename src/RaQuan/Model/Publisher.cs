namespace RaQuan.Model;

/// <summary>The body responsible for the site (cơ quan chủ quản), shown in the footer and contact pages.</summary>
public sealed record Publisher(string Name, string? NameEn, string? Address, string? Phone, string? Email);
