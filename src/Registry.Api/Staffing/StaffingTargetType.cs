using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

public sealed class StaffingTargetType : ObjectGraphType<StaffingTarget>
{
    public StaffingTargetType()
    {
        Name = "StaffingTarget";
        Description = "An aggregate target (工作目标) for the policy's whole jurisdiction.";
        Field(t => t.Metric, type: typeof(NonNullGraphType<TargetMetricType>));
        Field<NonNullGraphType<FloatGraphType>>("target").Description("A share or rate as 0–1 (0.2 = 20%), or a count.")
            .Resolve(ctx => (double)ctx.Source.Target);
        Field(t => t.Deadline, nullable: true).Description("The day by which it should be met, if the document sets one.");
        Field(t => t.Note, nullable: true);
        Field(t => t.Quote, nullable: true).Description("The source document's sentence, verbatim.");
    }
}
