using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

public sealed class StaffingPolicyType : ObjectGraphType<StaffingPolicy>
{
    public StaffingPolicyType()
    {
        Name = "StaffingPolicy";
        Description = "A jurisdiction's staffing policy (专职人民调解员配备标准) for an effective period. The most specific policy in force " +
                      "governs each committee kind; where it is silent, the enclosing region's policy still does.";
        this.IsNode("StaffingPolicy");
        Field(p => p.RegionCode);
        Field<NonNullGraphType<RegionType>>("region").Resolve(ctx => ctx.LoadRegion(ctx.Source.RegionCode));
        Field(p => p.Title);
        Field(p => p.SourceDocument).Description("Issuer, title, number and date of the source document.");
        Field(p => p.EffectiveFrom);
        Field(p => p.EffectiveTo, nullable: true).Description("Last day in force; null while open-ended.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffingRuleType>>>>("rules")
            .Resolve(ctx => ctx.Source.Rules.OrderBy(r => r.Kind));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffingTargetType>>>>("targets")
            .Resolve(ctx => ctx.Source.Targets.OrderBy(t => t.Metric));
    }
}
