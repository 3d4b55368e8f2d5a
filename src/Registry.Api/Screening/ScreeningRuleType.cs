using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class ScreeningRuleType : ObjectGraphType<ScreeningRule>
{
    public ScreeningRuleType()
    {
        Name = "ScreeningRule";
        Description = "A level's cadence: VILLAGE (村/社区), TOWNSHIP (乡镇/街道), COUNTY (the county's mediation centre).";
        Field(r => r.Level, type: typeof(NonNullGraphType<EnumerationGraphType<ScreeningLevel>>));
        Field(r => r.Cadence, type: typeof(NonNullGraphType<EnumerationGraphType<ScreeningCadence>>))
            .Description("Weeks run Monday–Sunday; half-months 1st–15th and 16th–end; months and quarters are calendar ones.");
        Field(r => r.DailyInSensitivePeriods);
        Field(r => r.Quote, nullable: true);
    }
}
