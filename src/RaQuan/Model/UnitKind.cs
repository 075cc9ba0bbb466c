namespace RaQuan.Model;

/// <summary>Kinds of administrative unit (đơn vị hành chính) in Vietnam.</summary>
public enum UnitKind
{
    Tinh,
    ThanhPho,
    Huyen,
    ThiXa,
    Xa,
    Phuong,
    ThiTran,

    /// <summary>Đặc khu: a special zone, a commune-level unit of the two-tier map (since 1 July 2025).</summary>
    DacKhu,
}
