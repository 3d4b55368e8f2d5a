using Registry.Api.Schema.Inputs;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class ScreeningRuleInputType : TypedInputType<ScreeningRuleInput>
{
    public ScreeningRuleInputType()
    {
        Name = "ScreeningRuleInput";
        Field(i => i.Level, type: typeof(NonNullGraphType<EnumerationGraphType<ScreeningLevel>>));
        Field(i => i.Cadence, type: typeof(NonNullGraphType<EnumerationGraphType<ScreeningCadence>>));
        Field(i => i.DailyInSensitivePeriods, nullable: true).DefaultValue(false)
            .Description("Also a round every day of each sensitive period (全国两会, 中秋节, 国庆节, 春节).");
        Field(i => i.Quote, nullable: true);
    }
}
