using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;

namespace Registry.Api.Grading;

public sealed class SetGradeLadderInputType : TypedInputType<SetGradeLadderInput>
{
    public SetGradeLadderInputType()
    {
        Name = "SetGradeLadderInput";
        Field<NonNullGraphType<StringGraphType>>("regionCode").Description("The jurisdiction; CN for the national default (nationwide callers only).");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("sourceDocument").Description("Issuer, title, number and date of the source document.");
        Field<NonNullGraphType<CalendarDateGraphType>>("effectiveFrom");
        Field<CalendarDateGraphType>("effectiveTo").Description("Last day in force; omit for open-ended.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GradeLevelInputType>>>>("levels");
    }
}

public sealed class GradeLevelInputType : TypedInputType<GradeLevelInput>
{
    public GradeLevelInputType()
    {
        Name = "GradeLevelInput";
        Description = "A level and its criteria; an omitted criterion is not asked. Shares are in [0, 1]; counts and years not negative.";
        Field<NonNullGraphType<StringGraphType>>("code");
        Field<NonNullGraphType<StringGraphType>>("name").Description("As the ladder writes it, e.g. 四级.");
        Field<NonNullGraphType<IntGraphType>>("rank").Description("1 for the entry level, one more for each level above.");
        Field<IntGraphType>("minYearsOfService");
        Field<IntGraphType>("minCasesLed");
        Field<IntGraphType>("casesLedYears");
        Field<FloatGraphType>("maxOralAgreementShare");
        Field<IntGraphType>("oralShareYears");
        Field<FloatGraphType>("minAgreementRate");
        Field<IntGraphType>("agreementRateYears");
        Field<FloatGraphType>("minTrainingHours").Description("Omit with trainingYears set: the governing training requirement's yearly hours × trainingYears.");
        Field<IntGraphType>("trainingYears");
        Field<IntGraphType>("noCriminalCaseYears");
        Field<IntGraphType>("noUpheldComplaintYears");
        Field<IntGraphType>("minYearsAtLevelBelow");
        Field<BooleanGraphType>("requiresValidCertificate");
    }
}
