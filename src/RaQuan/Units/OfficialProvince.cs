namespace RaQuan.Units;

/// <summary>A province or centrally-run city of the official list, with its communes, wards and special zones.</summary>
internal sealed record OfficialProvince(string Code, string Name, UnitKind Kind, IReadOnlyList<OfficialUnit> Units)
{
    /// <summary>"tỉnh Quảng Ngãi", as it reads inside a sentence.</summary>
    public string FullName => $"{Kind.Name()} {Name}";
}
