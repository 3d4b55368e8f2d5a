using Registry.Api.Committees;
using Registry.Api.Schema.Loading;
using Registry.Data.Reports.Staffing;
using Registry.Domain.Committees;

namespace Registry.Api.Staffing;

public sealed class CommitteeShortfallType : ObjectGraphType<CommitteeAssessment>
{
    public CommitteeShortfallType()
    {
        Name = "CommitteeShortfall";
        Description = "A committee below a full-time minimum that applies to it, and the policy that sets the minimum.";
        Field<NonNullGraphType<CommitteeType>>("committee").Resolve(ctx => ctx.LoadById<Committee>(ctx.Source.CommitteeId));
        Field<NonNullGraphType<IntGraphType>>("required").Resolve(ctx => ctx.Source.Quota.Required);
        Field<NonNullGraphType<IntGraphType>>("actual").Description("Full-time mediators serving on asOf.").Resolve(ctx => ctx.Source.Quota.Actual);
        Field<NonNullGraphType<IntGraphType>>("missing").Resolve(ctx => ctx.Source.Quota.Missing);
        Field<NonNullGraphType<RuleSeverityType>>("severity").Resolve(ctx => ctx.Source.Quota.Severity);
        Field<NonNullGraphType<StaffingPolicyType>>("policy").Resolve(ctx => ctx.Source.Policy);
    }
}
