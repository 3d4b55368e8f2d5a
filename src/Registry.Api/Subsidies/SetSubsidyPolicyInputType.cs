using Registry.Api.Cases;
using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;

namespace Registry.Api.Subsidies;

public sealed class SetSubsidyPolicyInputType : TypedInputType<SetSubsidyPolicyInput>
{
    public SetSubsidyPolicyInputType()
    {
        Name = "SetSubsidyPolicyInput";
        Field(i => i.RegionCode, type: typeof(NonNullGraphType<StringGraphType>)).Description("The jurisdiction the policy governs.");
        Field(i => i.Title, type: typeof(NonNullGraphType<StringGraphType>));
        Field(i => i.SourceDocument, type: typeof(NonNullGraphType<StringGraphType>)).Description("Issuer, title, number and date of the document.");
        Field(i => i.EffectiveFrom, type: typeof(NonNullGraphType<CalendarDateGraphType>));
        Field(i => i.EffectiveTo, type: typeof(CalendarDateGraphType)).Description("Last day in force; omit for open-ended.");
        Field(i => i.Rates, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SubsidyRateInputType>>>))
            .Description("Fen per case by difficulty and agreement; a combination not listed pays nothing (NO_POLICY).");
        Field(i => i.GradeCoefficients, type: typeof(ListGraphType<NonNullGraphType<GradeCoefficientInputType>>));
        Field(i => i.DefaultCoefficientPermille, nullable: true).Description("For ungraded mediators and unlisted grades; default 1000 (×1).");
        Field(i => i.LeadSharePercent, nullable: true).Description("The lead's share when co-mediators split a case, 0–100; default 100.");
        Field(i => i.MonthlyCapFen, type: typeof(LongGraphType)).Description("Most a mediator is paid for one month's cases, counting what approved or paid claims of any region already pay them for that month; omit for no cap.");
        Field(i => i.MaxEntryDelayDays, nullable: true).Description("A case entered more days after closing pays nothing; default 30.");
        Field<CaseDifficultyType>("followUpRequiredFrom")
            .Description("Cases of this difficulty or harder pay only after a follow-up visit; default COMPLEX; null for never.");
        Field(i => i.DuplicateWindowDays, nullable: true).Description("Successful cases of the same parties and category received this many days apart are one dispute; default 90.");
        Field(i => i.CivilServantPercent, nullable: true).Description("What serving civil servants are paid, in percent; default 0 (not paid per case).");
        Field(i => i.FullTimePercent, nullable: true).Description("What mediators with a full-time (salaried) appointment are paid, in percent; default 100.");
    }
}
