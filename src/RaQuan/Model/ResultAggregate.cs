namespace RaQuan.Model;

/// <summary>How a result column's values combine into a total.</summary>
public enum ResultAggregate
{
    /// <summary>No total: names, ranks, figures that do not add up.</summary>
    None,

    /// <summary>The sum of the units that report; communes roll up into districts.</summary>
    Sum,

    /// <summary>The plain mean of the units that report (not weighted).</summary>
    Average,
}
