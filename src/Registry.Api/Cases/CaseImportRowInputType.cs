using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;
using Registry.Domain.Disputes;

namespace Registry.Api.Cases;

public sealed class CaseImportRowInputType : TypedInputType<CaseImportRow>
{
    public CaseImportRowInputType()
    {
        Name = "CaseImportRow";
        Description = "One case as the source platform records it.";
        Field<NonNullGraphType<StringGraphType>>("externalNumber").Description("The platform's case number; importing it again updates the case.");
        Field<NonNullGraphType<IdGraphType>>("committeeId").Description("Global ID of the committee that handled the case.");
        Field<NonNullGraphType<EnumerationGraphType<DisputeCategory>>>("category");
        Field<NonNullGraphType<CaseDifficultyType>>("difficulty");
        Field<NonNullGraphType<IdGraphType>>("leadMediatorId")
            .Description("The lead mediator (主办), by global ID or by resident ID number. Must be appointed to the committee on closedOn (on receivedOn while open).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("coMediatorIds")
            .Description("Co-mediators (协办), by global ID or ID number. Each must hold an appointment to some committee on the same date (joint mediation crosses committees).");
        Field<NonNullGraphType<CalendarDateGraphType>>("receivedOn");
        Field<CalendarDateGraphType>("closedOn").Description("Null while open; then outcome must be null too.");
        Field<CaseOutcomeType>("outcome").Description("Required with closedOn, null without it.");
        Field<CalendarDateGraphType>("followUpOn").Description("Follow-up visit (回访); not before closedOn.");
        Field<BooleanGraphType>("agreementFulfilled").Description("Only for WRITTEN_AGREEMENT and ORAL_AGREEMENT.");
        Field<BooleanGraphType>("turnedCriminal").Description("民转刑; default false.");
        Field<CalendarDateGraphType>("enteredOn").Description("Day entered on the platform (录入); default today. Not before receivedOn.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("partyIdNumbers")
            .Description("Resident ID numbers of the parties. Only a keyed hash (HMAC-SHA256) of each is stored; the numbers are never stored or returned.");
    }
}
