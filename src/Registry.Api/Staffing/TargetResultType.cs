using Registry.Data.Reports.Staffing;

namespace Registry.Api.Staffing;

public sealed class TargetResultType : ObjectGraphType<TargetResult>
{
    public TargetResultType()
    {
        Name = "TargetResult";
        Description = "An aggregate target in force for the region and where the region stands.";
        Field(t => t.Metric, type: typeof(NonNullGraphType<TargetMetricType>));
        Field<NonNullGraphType<FloatGraphType>>("target").Resolve(ctx => (double)ctx.Source.Target);
        Field(t => t.Actual, nullable: true)
            .Description("The measured value; null when the metric cannot be measured for this region (e.g. county coverage asked of a township).");
        Field(t => t.Met, nullable: true).Description("actual ≥ target; null when actual is null.");
        Field(t => t.Deadline, nullable: true);
        Field<NonNullGraphType<StaffingPolicyType>>("policy").Resolve(ctx => ctx.Source.Policy);
    }
}
