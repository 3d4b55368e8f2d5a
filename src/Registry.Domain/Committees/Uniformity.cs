namespace Registry.Domain.Committees;

/// <summary>The six uniformities of a standardised committee (六统一).</summary>
[Flags]
public enum Uniformity
{
    None = 0,
    /// <summary>统一名称标牌.</summary>
    Sign = 1,
    /// <summary>统一徽章.</summary>
    Badge = 2,
    /// <summary>统一工作制度.</summary>
    Rules = 4,
    /// <summary>统一文书格式.</summary>
    Documents = 8,
    /// <summary>统一工作程序.</summary>
    Procedure = 16,
    /// <summary>统一统计报送.</summary>
    Statistics = 32,
    All = Sign | Badge | Rules | Documents | Procedure | Statistics,
}
