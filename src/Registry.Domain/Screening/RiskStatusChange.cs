namespace Registry.Domain.Screening;

/// <summary>One dated step of a risk item's history; the first is its opening, on the day it was found.</summary>
public sealed class RiskStatusChange
{
    public const int MaxNoteLength = 500;

    public RiskStatus Status { get; init; }
    public DateOnly On { get; init; }
    /// <summary>Why, or to whom it was referred or escalated (派出所, 信访局, 法院, 镇党委政府…).</summary>
    public string? Note { get; init; }
}
