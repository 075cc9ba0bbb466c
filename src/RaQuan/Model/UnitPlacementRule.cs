namespace RaQuan.Model;

/// <summary>The rule of the administrative map a unit breaks by where it stands in units.yml.</summary>
public enum UnitPlacementRule
{
    /// <summary>Only provinces and centrally-run cities stand at the top.</summary>
    TopHoldsProvinces,

    /// <summary>A township (thị trấn) stands under a district, as before July 2025.</summary>
    TownshipUnderDistrict,

    /// <summary>A special zone (đặc khu) stands directly under its province, as since July 2025.</summary>
    SpecialZoneUnderProvince,

    /// <summary>A district holds only communes, wards and townships.</summary>
    DistrictHoldsCommunes,

    /// <summary>A commune, ward or special zone holds no units.</summary>
    CommuneHoldsNothing,

    /// <summary>A province holds districts, or (since July 2025) communes, wards and special zones directly.</summary>
    ProvinceHoldsDistrictsOrCommunes,
}
