using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class ScreeningPolicyType : ObjectGraphType<ScreeningPolicy>
{
    public ScreeningPolicyType()
    {
        Name = "ScreeningPolicy";
        Description = "A jurisdiction's screening duty (矛盾纠纷排查制度) for an effective period: the cadence each level owes. The most " +
                      "specific policy in force that states a level's cadence governs it.";
        this.IsNode("ScreeningPolicy");
        Field(p => p.RegionCode);
        Field<NonNullGraphType<RegionType>>("region").Resolve(ctx => ctx.LoadRegion(ctx.Source.RegionCode));
        Field(p => p.Title);
        Field(p => p.SourceDocument);
        Field(p => p.EffectiveFrom);
        Field(p => p.EffectiveTo, nullable: true).Description("Last day in force; null while open-ended.");
        Field(p => p.SeriousRiskLimitDays, nullable: true).Description("Days a HIGH or MAJOR item may stay open before it is flagged.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScreeningRuleType>>>>("rules").Resolve(ctx => ctx.Source.Rules.OrderBy(r => r.Level));
    }
}
