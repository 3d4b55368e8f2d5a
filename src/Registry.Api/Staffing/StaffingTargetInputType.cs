using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;

namespace Registry.Api.Staffing;

public sealed class StaffingTargetInputType : TypedInputType<StaffingTargetInput>
{
    public StaffingTargetInputType()
    {
        Name = "StaffingTargetInput";
        Field(i => i.Metric, type: typeof(NonNullGraphType<TargetMetricType>));
        Field(i => i.Target).Description("Shares as 0–1 (0.2 = 20%), FULL_TIME_GROWTH as a yearly rate, counts as whole numbers.");
        Field(i => i.Deadline, type: typeof(CalendarDateGraphType));
        Field(i => i.Note, nullable: true);
        Field(i => i.Quote, nullable: true);
    }
}
