namespace RaQuan.Model;

/// <summary>Where a ceremony stands.</summary>
public enum CeremonyStatus
{
    /// <summary>Dự kiến: announced, to take place.</summary>
    Scheduled,

    /// <summary>Hoãn: moved to a new time, or to a time not yet known.</summary>
    Postponed,

    /// <summary>Hủy: will not take place.</summary>
    Cancelled,

    /// <summary>Đã tổ chức: took place.</summary>
    Held,
}
