using Registry.Api.Cases;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class SubsidyPolicyType : ObjectGraphType<SubsidyPolicy>
{
    public SubsidyPolicyType()
    {
        Name = "SubsidyPolicy";
        Description = "A jurisdiction's per-case subsidy (以案定补) for an effective period. The most specific policy in force for a " +
                      "committee's region on a case's closing date governs the case.";
        this.IsNode("SubsidyPolicy");
        Field(p => p.RegionCode);
        Field<NonNullGraphType<RegionType>>("region").Resolve(ctx => ctx.LoadRegion(ctx.Source.RegionCode));
        Field(p => p.Title);
        Field(p => p.SourceDocument);
        Field(p => p.EffectiveFrom);
        Field(p => p.EffectiveTo, nullable: true).Description("Last day in force; null while open-ended.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubsidyRateType>>>>("rates")
            .Resolve(ctx => ctx.Source.Rates.OrderBy(r => r.Difficulty).ThenBy(r => r.Agreement));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GradeCoefficientType>>>>("gradeCoefficients").Resolve(ctx => ctx.Source.GradeCoefficients);
        Field(p => p.DefaultCoefficientPermille);
        Field(p => p.LeadSharePercent);
        Field(p => p.MonthlyCapFen, type: typeof(LongGraphType));
        Field(p => p.MaxEntryDelayDays);
        Field<CaseDifficultyType>("followUpRequiredFrom").Resolve(ctx => ctx.Source.FollowUpRequiredFrom);
        Field(p => p.DuplicateWindowDays);
        Field(p => p.CivilServantPercent);
        Field(p => p.FullTimePercent);
    }
}
