namespace RaQuan.Units;

/// <summary>A commune, ward or special zone of the official list.</summary>
internal sealed record OfficialUnit(string Code, string Name, UnitKind Kind)
{
    /// <summary>"xã Đăk Hà", as it reads inside a sentence.</summary>
    public string FullName => $"{Kind.Name()} {Name}";
}
