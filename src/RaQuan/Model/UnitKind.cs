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
}
