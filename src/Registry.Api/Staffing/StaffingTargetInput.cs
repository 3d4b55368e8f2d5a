using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

public sealed class StaffingTargetInput
{
    public TargetMetric Metric { get; set; }
    public double Target { get; set; }
    public DateOnly? Deadline { get; set; }
    public string? Note { get; set; }
    public string? Quote { get; set; }
}
