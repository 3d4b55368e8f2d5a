namespace Registry.Domain.Staffing;

/// <summary>An aggregate target (工作目标) for a policy's jurisdiction, e.g. full-time mediators ≥ 20% of all.</summary>
public sealed class StaffingTarget
{
    public const int MaxNoteLength = 500;

    public TargetMetric Metric { get; init; }
    /// <summary>The minimum to reach, in the metric's <see cref="TargetUnit"/> (a share as 0–1).</summary>
    public decimal Target { get; init; }
    /// <summary>The day by which the target should be met; null when the document sets none.</summary>
    public DateOnly? Deadline { get; init; }
    public string? Note { get; init; }
    /// <summary>The sentence of the source document the target comes from, verbatim.</summary>
    public string? Quote { get; init; }
}
