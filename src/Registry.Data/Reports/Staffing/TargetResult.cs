namespace Registry.Data.Reports.Staffing;

/// <summary>
/// An aggregate target in force and how the region stands. <see cref="Actual"/> and <see cref="Met"/> are null when the
/// registry cannot measure the metric for this region (e.g. coverage of prefectures asked about a county).
/// </summary>
public sealed record TargetResult(TargetMetric Metric, decimal Target, double? Actual, bool? Met, DateOnly? Deadline, StaffingPolicy Policy);
