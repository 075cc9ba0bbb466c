namespace RaQuan.Model;

/// <summary>The administrative level of a unit (cấp), whatever its depth in <c>units.yml</c>.</summary>
public enum UnitTier
{
    /// <summary>Cấp tỉnh: province or centrally-run city.</summary>
    Province = 1,

    /// <summary>Cấp huyện: district, town or provincial city; none since 1 July 2025.</summary>
    District = 2,

    /// <summary>Cấp xã: commune, ward, township or special zone.</summary>
    Commune = 3,
}
